package query

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query/snippet"
	"github.com/pubindex/pubindex/query/syntax"
)

// planner turns a parsed query into a bleve query. Words are analysed with
// the index's own Analyzer, so a query word and an indexed word meet as the
// same term; bleve never analyses anything itself.
type planner struct {
	an     *index.Analyzer
	terms  []snippet.Term
	titles []bquery.Query // the free-text words and phrases, on the title
	notes  []string
}

// textField maps a query field prefix to the analysed index field it
// searches.
func textField(f string) (string, bool) {
	switch f {
	case syntax.FieldTitle:
		return index.FieldTitle, true
	case syntax.FieldSynopsis:
		return index.FieldSynopsis, true
	case syntax.FieldBody:
		return index.FieldText, true
	case syntax.FieldAuthor:
		return index.FieldAuthors + index.TextSuffix, true
	case syntax.FieldRegion:
		return index.FieldRegions + index.TextSuffix, true
	case syntax.FieldTopic:
		return index.FieldTopics + index.TextSuffix, true
	case syntax.FieldSeries:
		return index.FieldSeries + index.TextSuffix, true
	case syntax.FieldPublisher:
		return index.FieldPublisher + index.TextSuffix, true
	}
	return "", false
}

// node returns the bleve query of n, or nil when n has no searchable word.
// A query that only excludes ("-china") excludes from all publications.
func (b *planner) node(n syntax.Node) (bquery.Query, error) {
	switch n := n.(type) {
	case *syntax.And:
		bq := bquery.NewBooleanQuery(nil, nil, nil)
		pos, neg := 0, 0
		for _, c := range n.Nodes {
			if not, ok := c.(*syntax.Not); ok {
				q, err := b.negated(not.Node)
				if err != nil {
					return nil, err
				}
				if q != nil {
					bq.AddMustNot(q)
					neg++
				}
				continue
			}
			q, err := b.node(c)
			if err != nil {
				return nil, err
			}
			if q != nil {
				bq.AddMust(q)
				pos++
			}
		}
		if pos == 0 && neg == 0 {
			return nil, nil
		}
		if pos == 0 {
			bq.AddMust(allPublications())
		}
		return bq, nil
	case *syntax.Or:
		var qs []bquery.Query
		for _, c := range n.Nodes {
			q, err := b.node(c)
			if err != nil {
				return nil, err
			}
			if q != nil {
				qs = append(qs, q)
			}
		}
		switch len(qs) {
		case 0:
			return nil, nil
		case 1:
			return qs[0], nil
		}
		return bquery.NewDisjunctionQuery(qs), nil
	case *syntax.Not:
		q, err := b.negated(n.Node)
		if err != nil || q == nil {
			return nil, err
		}
		return bquery.NewBooleanQuery([]bquery.Query{allPublications()}, nil, []bquery.Query{q}), nil
	case *syntax.Term:
		return b.term(n)
	case *syntax.Phrase:
		if n.Slop > 0 {
			return b.near(n)
		}
		return b.phrase(n.Field, n.Text)
	case *syntax.YearRange:
		return yearRange(n)
	}
	return nil, fmt.Errorf("query: unknown node %T", n)
}

// negated builds the query of an excluded part; its words are not
// highlighted.
func (b *planner) negated(n syntax.Node) (bquery.Query, error) {
	saved, savedTitles := len(b.terms), len(b.titles)
	q, err := b.node(n)
	b.terms, b.titles = b.terms[:saved], b.titles[:savedTitles]
	return q, err
}

func allPublications() bquery.Query {
	q := bquery.NewTermQuery(index.KindPublication)
	q.SetField(index.FieldKind)
	return q
}

func (b *planner) term(t *syntax.Term) (bquery.Query, error) {
	if t.Field == syntax.FieldCode {
		return codeQuery(t.Text, t.Prefix), nil
	}
	if t.Wildcard {
		return b.wildcard(t)
	}
	if t.Prefix {
		return b.prefix(t)
	}
	return b.phrase(t.Field, t.Text)
}

// wildcardAlphabet is what one "?" stands for.
const wildcardAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// wildcard matches the words a word with "?" spells, each "?" any one
// letter or digit. Each spelling is analysed like a typed word, so
// organi?ation finds organisation and organization whatever their stems;
// at most syntax.MaxWildcards "?" keep the spellings few. With a trailing
// "*" the pattern is matched against index terms as they are.
func (b *planner) wildcard(t *syntax.Term) (bquery.Query, error) {
	word := strings.ToLower(t.Text)
	spellings := []string{word}
	for strings.Contains(spellings[0], "?") {
		var next []string
		for _, s := range spellings {
			i := strings.IndexByte(s, '?')
			for _, c := range wildcardAlphabet {
				next = append(next, s[:i]+string(c)+s[i+1:])
			}
		}
		spellings = next
	}
	if t.Prefix {
		// As for prefix words: the part every spelling shares with its
		// stem, so sovereign?y* finds sovereignty, indexed sovereignti.
		pattern := []rune(b.an.Fold(word))
		keep := len(pattern)
		for _, s := range spellings {
			f := b.an.Fold(s)
			if stem := b.an.Term(f); stem != "" {
				keep = min(keep, len([]rune(commonPrefix(f, stem))))
			}
		}
		pattern = pattern[:min(keep, len(pattern))]
		if len([]rune(strings.ReplaceAll(string(pattern), "?", ""))) < 2 {
			return nil, &InvalidError{fmt.Sprintf("wildcard %q is too short: give at least two letters before *", t.Text)}
		}
		b.terms = append(b.terms, snippet.Term{Prefix: strings.Split(string(pattern), "?")[0]})
		return b.perField(t.Field, func(field string) bquery.Query {
			q := bquery.NewWildcardQuery(string(pattern) + "*")
			q.SetField(field)
			return q
		})
	}
	// A made-up spelling can stem to a real word that does not fit the
	// pattern (localiaation to local): a term must keep what the pattern
	// fixes before its first "?".
	fixed := b.an.Fold(word[:strings.IndexByte(word, '?')])
	seen := map[string]bool{}
	var terms []string
	for _, s := range spellings {
		if term := b.an.Term(s); term != "" && !seen[term] && strings.HasPrefix(term, fixed) {
			seen[term] = true
			terms = append(terms, term)
		}
	}
	if len(terms) == 0 {
		b.notes = append(b.notes, fmt.Sprintf("%q was left out: it spells only stop words", t.Text))
		return nil, nil
	}
	b.terms = append(b.terms, snippet.Term{Words: terms})
	return b.perField(t.Field, func(field string) bquery.Query {
		qs := make([]bquery.Query, len(terms))
		for i, term := range terms {
			q := bquery.NewTermQuery(term)
			q.SetField(field)
			qs[i] = q
		}
		return bquery.NewDisjunctionQuery(qs)
	})
}

// near matches the words of a proximity phrase ("a b"~N): all of them, in
// any order, within a stretch of the phrase's length plus N positions.
// Its words are highlighted wherever they stand.
func (b *planner) near(p *syntax.Phrase) (bquery.Query, error) {
	if p.Field == syntax.FieldCode {
		return codeQuery(p.Text, false), nil
	}
	toks := b.an.Tokens(p.Text)
	if len(toks) == 0 {
		b.notes = append(b.notes, fmt.Sprintf("%q was left out: it is a stop word or has no letters", p.Text))
		return nil, nil
	}
	var terms []string
	for _, t := range toks {
		terms = append(terms, t.Term)
		b.terms = append(b.terms, snippet.Term{Word: t.Term})
	}
	span := toks[len(toks)-1].Position - toks[0].Position + p.Slop
	return b.perField(p.Field, func(f string) bquery.Query {
		if len(terms) == 1 {
			q := bquery.NewTermQuery(terms[0])
			q.SetField(f)
			return q
		}
		return newNearQuery(terms, span, f)
	})
}

// codeQuery matches a publication code exactly, whatever its case.
func codeQuery(code string, prefix bool) bquery.Query {
	k := pub.FoldKey(code)
	if prefix {
		p := bquery.NewPrefixQuery(k)
		p.SetField(index.FieldCode + index.KeySuffix)
		return p
	}
	q := bquery.NewTermQuery(k)
	q.SetField(index.FieldCode + index.KeySuffix)
	return q
}

// prefix matches index terms that start with what the typed word and its
// stem share. Index terms are stems, and stemming can shorten a word's end
// (security is indexed as secur), so security* searches secur*: it finds
// security, secure and securities.
func (b *planner) prefix(t *syntax.Term) (bquery.Query, error) {
	word := b.an.Fold(strings.Trim(t.Text, " "))
	if stem := b.an.Term(word); stem != "" {
		word = commonPrefix(word, stem)
	}
	if len([]rune(word)) < 2 {
		return nil, &InvalidError{fmt.Sprintf("prefix %q is too short: give at least two letters before *", t.Text)}
	}
	b.terms = append(b.terms, snippet.Term{Prefix: word})
	return b.perField(t.Field, func(field string) bquery.Query {
		p := bquery.NewPrefixQuery(word)
		p.SetField(field)
		return p
	})
}

// commonPrefix returns the longest common prefix of a and b, on rune
// boundaries.
func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return a[:n]
}

// phrase matches the words of text in order, in the free-text fields or in
// one field. A single word is a term query.
func (b *planner) phrase(field, text string) (bquery.Query, error) {
	if field == syntax.FieldCode {
		return codeQuery(text, false), nil
	}
	toks := b.an.Tokens(text)
	if len(toks) == 0 {
		if strings.TrimSpace(text) != "" {
			b.notes = append(b.notes, fmt.Sprintf("%q was left out: it is a stop word or has no letters", text))
		}
		return nil, nil
	}
	var terms []string // with "" for the gaps stop words leave
	for i, t := range toks {
		if i > 0 {
			for gap := t.Position - toks[i-1].Position - 1; gap > 0; gap-- {
				terms = append(terms, "")
			}
		}
		terms = append(terms, t.Term)
	}
	mt := snippet.Term{Phrase: terms}
	if len(toks) == 1 {
		mt = snippet.Term{Word: toks[0].Term}
	}
	b.terms = append(b.terms, mt)
	return b.perField(field, func(f string) bquery.Query {
		if len(terms) == 1 {
			q := bquery.NewTermQuery(terms[0])
			q.SetField(f)
			return q
		}
		return newPhraseQuery(terms, f)
	})
}

// perField applies mk to the field of a prefix, or to the free text.
// The free text holds the title too; the same words in the title field
// are also kept aside (titles), for a clause that ranks a short title
// full of the query's words above a long body that repeats them, without
// being required.
func (b *planner) perField(prefix string, mk func(string) bquery.Query) (bquery.Query, error) {
	if prefix == "" {
		// The boost goes on each leaf: bleve's disjunction searcher
		// ignores a boost of its own.
		title := mk(index.FieldTitle)
		if bq, ok := title.(bquery.BoostableQuery); ok {
			bq.SetBoost(boostTitle)
		}
		b.titles = append(b.titles, title)
		return mk(index.FieldText), nil
	}
	f, ok := textField(prefix)
	if !ok {
		return nil, &InvalidError{fmt.Sprintf("field %s: cannot search it with words", prefix)}
	}
	return mk(f), nil
}

// yearRange matches documents dated within the years, inclusive.
func yearRange(y *syntax.YearRange) (bquery.Query, error) {
	var from, to time.Time
	if y.From > 0 {
		from = time.Date(y.From, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if y.To > 0 {
		to = time.Date(y.To+1, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
	}
	if q := overlap(from, to); q != nil {
		return q, nil
	}
	return allPublications(), nil
}
