/** The options page: where the seller connects Orderlens to their worker and picks the portals. */
import { render } from 'preact';
import '../../pages/page.css';
import './options.css';
import { OptionsPage } from '../../pages/options/options-page.js';

render(<OptionsPage />, document.getElementById('app')!);
