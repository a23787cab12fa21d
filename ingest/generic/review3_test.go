package generic

import (
	"slices"
	"testing"
)

// A third review's counterexamples: pages the second narrowing misread
// and the code before it read right. Each guards the fix that followed.

func TestReview3Titles(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		// joinerAt letteredWords: Spanish "PLAN Y" is "plan and"
		{"joiner-plan-y", "UN NUEVO PLAN Y\nNUEVAS TARIFAS PARA LAS ISLAS" + revByline + revBody, "UN NUEVO PLAN Y NUEVAS TARIFAS PARA LAS ISLAS"},
		// secondName: a role outside coverRoles, or a second author without a role
		{"note-abogada", "Tarifas en las Islas: Antecedentes y Contornos para una Reforma Urgente 1 Paula Benavides Abogada Rodrigo Valdés Escuela de Gobierno\n12 March 2020\n\n" + revBody,
			"Tarifas en las Islas: Antecedentes y Contornos para una Reforma Urgente"},
		{"note-y", "Tarifas en las Islas: Antecedentes y Contornos para una Reforma Urgente 1 Paula Benavides y Rodrigo Valdés\n12 March 2020\n\n" + revBody,
			"Tarifas en las Islas: Antecedentes y Contornos para una Reforma Urgente"},
		// linkedOn: a German sentence after the heading opens with "Der"
		{"linked-der", "die hafengebühren der inseln: eine ...\n16\nUpload: others\nPost on 20-Jul-2021\n1 views\n" +
			"2. Die Hafengebühren der Inseln: Eine Bilanz nach zehn Jahren Einleitung Der Inselrat hat seit Jahren versucht, die Regeln der Häfen zu vereinheitlichen.\n" +
			"Die Häfen der nördlichen Inseln sind zahlreich, und jeder hat seine eigenen Regeln und Gebühren, die der Inselrat seit Jahren zu vereinheitlichen versucht.\n",
			"Die Hafengebühren der Inseln: Eine Bilanz nach zehn Jahren"},
		// printsCode: a paper's code printed once, in the title
		{"code-once", "21-03 Harbour Dues and the Island Councils" + revByline + revBody, "Harbour Dues and the Island Councils"},
		// UNCLASSIFIED before a capitals title, the stamp printed again at the foot
		{"unclassified-footer", "UNCLASSIFIED COUNTRY PROFILE OF THE NORTH ISLES" + revByline + revBody + "\nUNCLASSIFIED\n", "COUNTRY PROFILE OF THE NORTH ISLES"},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.want || p.Skip != "" {
			t.Errorf("%s: title %q (skip %q), want %q", c.name, p.Title, p.Skip, c.want)
		}
	}
}

func TestReview3Authors(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		// nameLine: mixed-case lines of 3+ words without commas ending on a particle or opening with a foreign small word
		{"and-Le", "Harbour Dues in the Isles\nAnna Berg and Minh Le\n12 March 2020\n\n" + revBody, []string{"Anna Berg", "Minh Le"}},
		{"amp-Le", "Harbour Dues in the Isles\nLena Ortiz & Minh Le\n12 March 2020\n\n" + revBody, []string{"Lena Ortiz", "Minh Le"}},
		{"thi-Van", "Harbour Dues in the Isles\nNguyen Thi Van\n12 March 2020\n\n" + revBody, []string{"Nguyen Thi Van"}},
		{"per-olof", "Harbour Dues in the Isles\nPer Olof Hansson\n12 March 2020\n\n" + revBody, []string{"Per Olof Hansson"}},
		{"na-yeon", "Harbour Dues in the Isles\nNa Yeon Park\n12 March 2020\n\n" + revBody, []string{"Na Yeon Park"}},
	} {
		p := Read(c.page, Hints{})
		if !slices.Equal(p.Authors, c.want) || p.Title != "Harbour Dues in the Isles" {
			t.Errorf("%s: authors %q title %q, want %q", c.name, p.Authors, p.Title, c.want)
		}
	}
}

func TestReview3Dates(t *testing.T) {
	// barField: the page's own bar opening with "Read time" or "More by"
	for _, bar := range []string{
		"Read time 5 min | Anna Berg | Harbour Institute | Published on 12 March 2019 | Share this article",
		"More by Anna Berg | Harbour Institute | Published on 12 March 2019 | 5 min read | Share this article",
	} {
		if p := Read("Harbour Dues in the Isles\n\n"+bar+"\n\n"+revBody, Hints{}); p.Date.String() != "2019-03-12" {
			t.Errorf("%q: date %q, want 2019-03-12", bar, p.Date.String())
		}
	}
}

func TestReview3Indexed(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		// notFoundCues: a stamped text-only page whose first sentence says "not found" / "cookie"
		{"stamp-not-found", " date 2021-05-05 Records of the winter fares were not found in the harbour board's archive, so this paper rebuilds them from the letters of the three island councils.\n\n" +
			"The councils wrote to the board every winter for twenty years, and their letters give the fare of each crossing, the date it changed and the reason the board gave.\n"},
		{"stamp-cookie-cutter", " date 2021-05-05 A cookie-cutter fare rule has never suited the northern isles, whose crossings differ in length, in weather and in the number of people who make them.\n\n" +
			"The councils wrote to the board every winter for twenty years, and their letters give the fare of each crossing, the date it changed and the reason the board gave.\n"},
		// CJK paragraph: one comma and a question mark, no 。
		{"cjk-question", "北方岛屿渡轮票价改革的回顾与展望\n\n2020年3月12日\n\n" +
			"岛屿议会多年来一直在追问冬季渡轮票价为何总是高于夏季票价而大陆港务局\n始终没有给出令人满意的解释因此本文梳理了双方历次会议的记录并提出一种\n" +
			"三个议会都能接受的票价制定方法，这一方法能否得到港务局的同意仍是未知数吗？\n"},
	} {
		if p := Read(c.page, Hints{}); p.Skip != "" {
			t.Errorf("%s: skipped (%s), want indexed", c.name, p.Skip)
		}
	}
}
