/** The dashboard page (opened from the popup): reports as charts and the file import panel. */
import { render } from 'preact';
import '../../pages/page.css';
import './dashboard.css';
import { DashboardPage } from '../../pages/dashboard/dashboard-page.js';

render(<DashboardPage />, document.getElementById('app')!);
