// Welcome page, opened once when Sightline is first installed (src/welcome/open-on-install.ts).
import { render } from 'preact';
import { Welcome } from './welcome';

render(<Welcome />, document.getElementById('app')!);
