// The standalone capture page (dist/sightline-capture.html): the same page, outside any extension, for a
// browser where Sightline cannot be installed. No stored declaration and no install key: files it
// exports are sealed, not signed, and say so.
import { render } from 'preact';
import { bundledCaptureEngine } from '../capture/bundled-engine';
import { CapturePage } from './capture-page';

render(<CapturePage engine={bundledCaptureEngine()} via="standalone" />, document.getElementById('app')!);
