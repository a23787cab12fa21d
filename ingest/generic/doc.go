// Package generic reads a publication page saved as text from any site.
//
// Site readers know one layout; this reader knows none. It splits the page
// into lines, tells prose from chrome (menus, share bars, banners, captions,
// footers) by length, punctuation and link-likeness, and then scores
// candidates for each field instead of requiring a structure: the title
// among the top lines (a title broken across lines is one candidate; a
// line matching the address's slug, a mirror's first line, a viewer's
// page labels, the block after a series line, a title quoted in the page's
// own citation and the full form of a shortened heading gain;
// series-and-number lines, labelled dates, organisation names and lines
// after a related-documents heading lose; the score is named features
// times weights, and what covers and saved headings print around a title
// is cut from it), the publication date among dated
// lines (event dates, upload stamps, a viewer's record day, "Last updated"
// and copyright years lose), bylines in their many forms, and series codes
// from the text and the address. A page is skipped only on positive
// evidence that it is not a publication (navigation, listing or feed,
// event, news release, newsletter issue), and a field is left empty when
// the reader is unsure. A cover that came out as one long line gives its
// title between its series line and its date, abstract or copyright sign.
package generic
