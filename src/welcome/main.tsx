// Welcome page, opened once when Sightline is first installed (src/background/open-welcome-on-install.ts).
import { render } from 'preact';
import { Welcome } from './welcome';

render(<Welcome />, document.getElementById('app')!);
