// Service worker / Firefox background script entry: a plain list of features.
import './observe-requests';
import './page-scans';
import './forget-closed-tabs';
