// Background entry (Chromium service worker / Firefox event page): a plain list of features.
import './freeze-prototype';
import './observe-requests';
import './message-handlers';
import './tab-lifecycle';
import './retention';
import './page-scans';
import './retire-page-hooks';
import './identity';
import './tls-interception';
import './open-welcome-on-install';
