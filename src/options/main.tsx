// Options page: work scope, retention, and the evidence log (filter, export, clear).
import { render } from 'preact';
import { Options } from './options';

render(<Options />, document.getElementById('app')!);
