// The rep view: members' exports in, one verified, merged picture out.
import { render } from 'preact';
import { RepView } from './rep-view';

render(<RepView />, document.getElementById('app')!);
