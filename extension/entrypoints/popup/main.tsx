/** The toolbar popup: quick order lookup, connection state and what waits to be sent. */
import { render } from 'preact';
import '../../pages/page.css';
import './popup.css';
import { PopupApp } from '../../pages/popup/popup-app.js';

render(<PopupApp />, document.getElementById('app')!);
