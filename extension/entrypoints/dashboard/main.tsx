/** The dashboard page (opened from the popup). A placeholder until the charts arrive. */
import { render } from 'preact';
import '../../ui/page.css';

function Dashboard() {
  return (
    <section style={{ maxWidth: '760px', margin: '24px auto', padding: '0 16px' }}>
      <h1>Orderlens dashboard</h1>
      <p class="muted">Charts of your orders across marketplaces will appear here.</p>
    </section>
  );
}

render(<Dashboard />, document.getElementById('app')!);
