package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/pubindex/pubindex/query"
)

// likeShown is how many publications "More like this" lists.
const likeShown = 8

// docView is what the document template shows.
type docView struct {
	*query.Record
	Link       string // the source URL when it is http(s), else ""
	PDF        string // the source URL when it names a PDF
	Paragraphs []string
	Back       string
	Like       []query.Hit // more like this; nil when none was found
}

var docTemplate = template.Must(template.New("doc").Funcs(docFuncs).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{plain .Title}} · pubindex</title>
<meta name="citation_title" content="{{plain .Title}}">
{{range .Authors}}<meta name="citation_author" content="{{plain .}}">
{{end}}{{if not .Date.IsZero}}<meta name="citation_publication_date" content="{{.Date.String}}">
{{end}}{{if .Publisher}}<meta name="citation_publisher" content="{{plain .Publisher}}">
<meta name="citation_technical_report_institution" content="{{plain .Publisher}}">
{{end}}{{if .Code}}<meta name="citation_technical_report_number" content="{{plain .Code}}">
{{end}}{{if .Series}}<meta name="citation_series_title" content="{{plain .Series}}">
{{end}}{{if .Link}}<meta name="citation_abstract_html_url" content="{{.Link}}">
{{end}}{{if .PDF}}<meta name="citation_pdf_url" content="{{.PDF}}">
{{end}}{{if .Synopsis}}<meta name="description" content="{{plain .Synopsis}}">
{{end}}<link rel="stylesheet" href="/static/app.css">
</head>
<body class="docpage">
<header class="top"><a class="brand" href="/">pubindex</a> <a class="back" id="back" href="{{.Back}}">← Back to results</a></header>
<main class="doc">
<article>
<h1 dir="auto" class="data">{{shown .Title}}</h1>
<dl class="fields">
<dt>ID</dt><dd class="data">{{shown .ID}}</dd>
{{if .Code}}<dt>Code</dt><dd class="data">{{shown .Code}}</dd>{{end}}
{{if .Series}}<dt>Series</dt><dd dir="auto" class="data">{{shown .Series}}</dd>{{end}}
{{if not .Date.IsZero}}<dt>Date</dt><dd class="data"><time datetime="{{.Date.String}}">{{.Date.String}}</time> ({{.DatePrecision}})</dd>{{end}}
{{if .Authors}}<dt>Authors</dt><dd>{{range $i, $a := .Authors}}{{if $i}}; {{end}}<span dir="auto" class="data">{{shown $a}}</span>{{end}}</dd>{{end}}
{{if .Regions}}<dt>Regions</dt><dd>{{range $i, $a := .Regions}}{{if $i}}; {{end}}<span dir="auto" class="data">{{shown $a}}</span>{{end}}</dd>{{end}}
{{if .Topics}}<dt>Topics</dt><dd>{{range $i, $a := .Topics}}{{if $i}}; {{end}}<span dir="auto" class="data">{{shown $a}}</span>{{end}}</dd>{{end}}
{{if .Publisher}}<dt>Publisher</dt><dd dir="auto" class="data">{{shown .Publisher}}</dd>{{end}}
{{if .PageType}}<dt>Page type</dt><dd class="data">{{shown .PageType}}</dd>{{end}}
{{if .URL}}<dt>URL</dt><dd class="data">{{if .Link}}<a href="{{.Link}}" rel="noopener noreferrer nofollow">{{shown .URL}}</a>{{else}}{{.URL}}{{end}}</dd>{{end}}
{{if .Sources}}<dt>Sources</dt><dd><ol class="sources">{{range .Sources}}<li class="data">{{shown .}}</li>{{end}}</ol></dd>{{end}}
{{if .ContentHash}}<dt>Content hash</dt><dd class="data hash">{{shown .ContentHash}}</dd>{{end}}
</dl>
{{if .Synopsis}}<h2>Synopsis</h2><p dir="auto" class="data synopsis">{{shown .Synopsis}}</p>{{end}}
{{if .Paragraphs}}<h2>Text</h2><div class="body">{{range .Paragraphs}}<p dir="auto" class="data">{{shown .}}</p>{{end}}</div>{{end}}
</article>
{{if .Like}}<section class="like" id="like">
<h2>More like this</h2>
<ol class="like-list">{{range .Like}}<li><a dir="auto" class="data" href="{{docpath .ID}}">{{if .Title}}{{shown .Title}}{{else}}{{shown .ID}}{{end}}</a>{{if not .Date.IsZero}} <span class="meta">{{.Date.String}}</span>{{end}}</li>
{{end}}</ol>
</section>{{end}}
</main>
<script src="/static/doc.js"></script>
</body>
</html>
`))

var helpTemplate = template.Must(template.New("help").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Query syntax · pubindex</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body class="docpage">
<header class="top"><a class="brand" href="/">pubindex</a></header>
<main class="doc">
<h1>Query syntax</h1>
<pre class="help">{{.}}</pre>
<p>Facets on the left narrow the hits: values of one facet are ORed, facets are ANDed. A publication dated only by a year or a month is in the range when its period overlaps it.</p>
</main>
</body>
</html>
`))

func (s *server) docPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.eng.Lookup(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if d == nil {
		w.WriteHeader(http.StatusNotFound)
		helpTemplate.Execute(w, "No publication "+r.PathValue("id")+" in this index.")
		return
	}
	v := docView{Record: d, Link: webURL(d.URL), Back: "/"}
	if v.Link != "" && strings.HasSuffix(strings.ToLower(strings.SplitN(v.Link, "?", 2)[0]), ".pdf") {
		v.PDF = v.Link
	}
	if like, err := s.eng.Like(r.Context(), d.ID, query.Request{Limit: likeShown, NoFacets: true}); err != nil {
		if s.o.Log != nil && r.Context().Err() == nil {
			s.o.Log(fmt.Errorf("more like %s: %w", d.ID, err))
		}
	} else if like != nil && like.Result != nil {
		v.Like = like.Hits
	}
	for p := range strings.SplitSeq(d.Body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			v.Paragraphs = append(v.Paragraphs, p)
		}
	}
	if err := docTemplate.Execute(w, v); err != nil && s.o.Log != nil {
		s.o.Log(err)
	}
}

func (s *server) helpPage(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	helpTemplate.Execute(w, s.o.SyntaxHelp)
}

// webURL returns u when it is an absolute http or https address: a
// scraped javascript: or data: URL never becomes a link.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}
