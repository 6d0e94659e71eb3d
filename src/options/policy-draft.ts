// A policy page's text as the popup's "read this policy" left it for the options page (storage.session),
// before the person has turned any of it into a declaration. Its own file so the editor and the reader
// can both use it without importing each other.
export interface PolicyDraft {
  url?: string;
  title?: string;
  text: string;
}
