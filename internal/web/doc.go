// Package web serves an index to people and programs over HTTP: the search
// page (embedded, no external assets), a server-rendered document view with
// citation meta tags and "more like this", and a JSON API whose answers
// have the schemas of the CLI's --json output: search, trend, like, the
// news of saved searches (read, never marked read) with their Atom feed,
// and exports in the formats of query/export.
//
// Entry point: Handler, given a query.Engine and Options. The package never
// reads flags or the environment and never opens the index: the command
// line does that and decides how to listen.
//
// Everything scraped is data: the page builds its DOM with textContent and
// the document view goes through html/template, with bidi controls shown
// by name, under a Content-Security-Policy that allows no inline script.
// Every route is GET: nothing the server answers changes state.
package web
