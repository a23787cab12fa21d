package fields

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// splitAuthorsCases are inputs for SplitAuthors; FuzzSplitAuthors is seeded
// with them.
var splitAuthorsCases = []struct {
	in   string
	want []string
}{
	{"Xing Jiahui, Li Mingjiang", []string{"Xing Jiahui", "Li Mingjiang"}},
	{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe & John Roe", []string{"Jane Doe", "John Roe"}},
	// "and" in other languages, between whole names only
	{"Ana Berga y Pedro Tena", []string{"Ana Berga", "Pedro Tena"}},
	{"Ana Berga e Pedro Tena", []string{"Ana Berga", "Pedro Tena"}},
	{"Anna Berg und Per Lindqvist", []string{"Anna Berg", "Per Lindqvist"}},
	{"José Ortega y Gasset", []string{"José Ortega y Gasset"}},
	{"Dan Lindqvist and Ana Berga", []string{"Dan Lindqvist", "Ana Berga"}},
	// "by" in another language before a whole name; a name of two words stays
	{"Von Anna Berg", []string{"Anna Berg"}},
	{"Von Braun", []string{"Von Braun"}},
	{"Oleh Berg and Anna Berg", []string{"Oleh Berg", "Anna Berg"}}, // a given name, not Indonesian "by"
	{"Oleh Petrenko, Anna Berg", []string{"Oleh Petrenko", "Anna Berg"}},
	{"von der Leyen, Ursula", []string{"von der Leyen", "Ursula"}}, // a surname's particle
	{"王一舟、李海燕", []string{"王一舟", "李海燕"}},
	{"By Anna Berg with Per Lindqvist", []string{"Anna Berg", "Per Lindqvist"}},
	{"作者: 李海燕", []string{"李海燕"}},
	{"Tác giả: Li Wei", []string{"Li Wei"}},
	{"Penulis: Ana Berga", []string{"Ana Berga"}},
	{"Författare: Per Lindqvist", []string{"Per Lindqvist"}},
	{"โดย สมชาย ใจดี", []string{"สมชาย ใจดี"}},         // Thai "by"
	{"Grace Ada Friday", []string{"Grace Ada Friday"}}, // a surname: only a date after it makes it a day's name
	{"Weiter lesen", nil},
	{"Jane Doe&John Roe", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe; John Roe", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe, John Roe and Ann Lee", []string{"Jane Doe", "John Roe", "Ann Lee"}},
	{"Jane Doe, John Roe, and Ann Lee", []string{"Jane Doe", "John Roe", "Ann Lee"}},
	{"By: Jane Doe, Senior Fellow, Lowy Institute", []string{"Jane Doe"}},
	{"By Jane Doe", []string{"Jane Doe"}},
	{"BY JANE DOE", []string{"Jane Doe"}},
	{"Byron Chong", []string{"Byron Chong"}},
	{"Author : Jane Doe", []string{"Jane Doe"}},
	{"Author: Jane Doe", []string{"Jane Doe"}},
	{"Authors: Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
	{"Author(s): Jane Doe", []string{"Jane Doe"}},
	{"Written by Jane Doe", []string{"Jane Doe"}},
	{"Jane Doe and John Roe, Research Fellows", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe (RSIS)", []string{"Jane Doe"}},
	{"Jane Doe (RSIS, NTU) and John Roe (ISEAS)", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe, Research Fellow, RSIS, Singapore", []string{"Jane Doe"}},
	{"Jane Doe, Senior Fellow, Lowy Institute, and John Roe, Fellow, CSIS", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe, Research Fellow, Centre for Peace and Conflict Studies", []string{"Jane Doe"}},
	{"Jane Doe, Department of Trade and Industry", []string{"Jane Doe"}},
	{"Dr. Jane Doe and Prof. John Roe", []string{"Jane Doe", "John Roe"}},
	{"Assoc Prof Li Mingjiang", []string{"Li Mingjiang"}},
	{"Li Mingjiang*, Xing Jiahui¹", []string{"Li Mingjiang", "Xing Jiahui"}},
	{"Jane Doe, JANE DOE, jane doe", []string{"Jane Doe"}},
	{"Nur Aisyah binte Rahman", []string{"Nur Aisyah binte Rahman"}},
	{"Jane\u00a0Doe  and   John\u00a0Roe", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe | 03 February 2025 | Commentary", []string{"Jane Doe"}},
	{"Jane Doe / John Roe", []string{"Jane Doe", "John Roe"}},
	{"Jane Doe, PhD", []string{"Jane Doe"}},
	{"Senior Fellow, Lowy Institute", nil},
	{"Research Fellows", nil},
	{"download pdf", nil},
	{"03 February 2025", nil},
	{"SYNOPSIS", nil},
	{"Back", nil},
	{"Search", nil},
	{"Share this", nil},
	{"https://www.rsis.edu.sg/", nil},
	{"jane.doe@rsis.edu.sg", nil},
	{"", nil},
	{"By:", nil},
	{"and, &, ;", nil},
	{"One Two Three Four Five Six Seven", nil},
	{"Dean Cheng and Jonathan Head", []string{"Dean Cheng", "Jonathan Head"}},
	{"Singapore", nil},
}

// TestWithJoinsNames: "with" joins two whole names, not a title's words
// to its guest's name.
func TestWithJoinsNames(t *testing.T) {
	if got := SplitAuthors("Harbour Talk with Per Lindqvist"); slices.Contains(got, "Per Lindqvist") {
		t.Errorf("SplitAuthors split a talk's title at 'with': %q", got)
	}
	if got := SplitAuthors("Anna Berg with Per Lindqvist"); !slices.Equal(got, []string{"Anna Berg", "Per Lindqvist"}) {
		t.Errorf("SplitAuthors(two names joined by 'with') = %q", got)
	}
}

func TestSplitAuthors(t *testing.T) {
	for _, c := range splitAuthorsCases {
		got := SplitAuthors(c.in)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("SplitAuthors(%q) mismatch (-want +got):\n%s", c.in, diff)
		}
	}
}

func TestNormalizeAuthor(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  Jane   Doe ", "Jane Doe"},
		{"Jane\u00a0Doe", "Jane Doe"},
		{"Li Mingjiang*", "Li Mingjiang"},
		{"Jane Tan¹", "Jane Tan"},
		{"Tan†", "Tan"},
		{"Raj Kumar [1]", "Raj Kumar"},
		{"Ng (2)", "Ng"},
		{"Jane Doe1,2", "Jane Doe"},
		{"Jane Doe 3", "Jane Doe"},
		{"Dr Jane Doe", "Jane Doe"},
		{"Dr. Jane Doe", "Jane Doe"},
		{"Prof. Jane Doe", "Jane Doe"},
		{"Professor Jane Doe", "Jane Doe"},
		{"Mr John Roe", "John Roe"},
		{"Ms Ann Lee", "Ann Lee"},
		{"Mrs Ann Lee", "Ann Lee"},
		{"Amb. Ong Keng Yong", "Ong Keng Yong"},
		{"Ambassador Ong Keng Yong", "Ong Keng Yong"},
		{"Assoc Prof Li Mingjiang", "Li Mingjiang"},
		{"Assoc. Prof. Li Mingjiang", "Li Mingjiang"},
		{"Associate Professor Li Mingjiang", "Li Mingjiang"},
		{"Prof. Dr. Jane Doe", "Jane Doe"},
		{"Dato' Sri Najib Razak", "Najib Razak"},
		{"Dato’ Seri Anwar Ibrahim", "Anwar Ibrahim"},
		{"Tan Sri Rafidah Aziz", "Rafidah Aziz"},
		{"Tan See Seng", "Tan See Seng"},
		{"XING JIAHUI", "Xing Jiahui"},
		{"xing jiahui", "Xing Jiahui"},
		{"o'connor", "O'Connor"},
		{"MARY O'CONNOR", "Mary O'Connor"},
		{"mcdonald", "McDonald"},
		{"ANNE-MARIE SLAUGHTER", "Anne-Marie Slaughter"},
		{"J. R. SMITH", "J. R. Smith"},
		{"nur aisyah binte rahman", "Nur Aisyah binte Rahman"},
		{"Nur Aisyah binte Rahman", "Nur Aisyah binte Rahman"},
		{"van der Berg", "van der Berg"},
		{"de Silva", "de Silva"},
		{"XING Jiahui", "XING Jiahui"},
		{"Dean Cheng", "Dean Cheng"},
		{"José Ramos-Horta", "José Ramos-Horta"},
		{"Martin Luther King Jr.", "Martin Luther King Jr."},
		{"Farah Nasution", "Farah Nasution"},
		{"Lawrence Oduya", "Lawrence Oduya"},
		{"Constance Manning", "Constance Manning"},
		{"CDR Hana Roe", "CDR Hana Roe"},
		{"TAN See Seng", "TAN See Seng"}, // a surname first in capitals
		{"NGUYEN Van Lam", "NGUYEN Van Lam"},
		{"Peter Jankovics", "Peter Jankovics"},
		// Not names.
		{"Understanding Tides", ""},
		{"Government Legitimacy", ""},
		{"HRG Focus Africa", ""},
		{"", ""},
		{"Dr", ""},
		{"Dr.", ""},
		{"Senior Fellow", ""},
		{"Lowy Institute", ""},
		{"RSIS", ""},
		{"Dean", ""},
		{"Head of Research", ""},
		{"download pdf", ""},
		{"03 February 2025", ""},
		{"February 2025", ""},
		{"SYNOPSIS", ""},
		{"Back", ""},
		{"Search", ""},
		{"Read more", ""},
		{"Singapore", ""},
		{"Singapore 639798", ""},
		{"IP25008", ""},
		{"www.rsis.edu.sg", ""},
		{"jane@example.org", ""},
		{"Jane Doe, John Roe", ""},
		{"Q&A", ""},
		{"One Two Three Four Five Six Seven", ""},
		{"Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnop", ""},
		{"*", ""},
		{"J", ""},
	}
	for _, c := range cases {
		if got := NormalizeAuthor(c.in); got != c.want {
			t.Errorf("NormalizeAuthor(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestIsAffiliation(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Senior Fellow", true},
		{"Research Fellows", true},
		{"Lowy Institute", true},
		{"S. Rajaratnam School of International Studies", true},
		{"Nanyang Technological University", true},
		{"RSIS", true},
		{"NTU", true},
		{"Ministry of Foreign Affairs", true},
		{"Department of Political Science", true},
		{"Faculty of Law", true},
		{"PhD Candidate", true},
		{"Ph.D. Candidate", true},
		{"Associate Professor", true},
		{"Lecturer", true},
		{"Programme Director", true},
		{"Centre for Multilateralism Studies", true},
		{"Center for Strategic and International Studies", true},
		{"Head of Research", true},
		{"Head", true},
		{"Deputy Head", true},
		{"Dean", true},
		{"Vice Dean", true},
		{"Chair", true},
		{"Senior Analyst", true},
		{"Jane Doe", false},
		{"Li Mingjiang", false},
		{"Dean Cheng", false},
		{"Jonathan Head", false},
		{"Nur Aisyah binte Rahman", false},
		{"", false},
	}
	for _, c := range cases {
		if got := IsAffiliation(c.in); got != c.want {
			t.Errorf("IsAffiliation(%q) = %v; want %v", c.in, got, c.want)
		}
	}
}

func TestAuthorsFromBio(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Jane Doe is a Research Fellow at the S. Rajaratnam School of International Studies (RSIS), Nanyang Technological University (NTU), Singapore.",
			[]string{"Jane Doe"}},
		{"Li Mingjiang is an Associate Professor and Provost's Chair in International Relations at RSIS.",
			[]string{"Li Mingjiang"}},
		{"Jane Doe and John Roe are Senior Analysts with the Centre of Excellence for National Security (CENS), RSIS.",
			[]string{"Jane Doe", "John Roe"}},
		{"Jane Doe, John Roe and Ann Lee are Research Associates at ISEAS.",
			[]string{"Jane Doe", "John Roe", "Ann Lee"}},
		{"Dr Jane Doe is Head of the Regional Security Architecture Programme at RSIS.",
			[]string{"Jane Doe"}},
		{"Assoc. Prof. Li Mingjiang is Provost's Chair. Jane Doe was a journalist with The Straits Times.",
			[]string{"Li Mingjiang", "Jane Doe"}},
		{"Jane Doe is a Research Fellow at RSIS. Doe was previously a diplomat. She holds a PhD from ANU.",
			[]string{"Jane Doe"}},
		{"Jane Doe is a Research Fellow at RSIS.\nJohn Roe is a Senior Fellow at the Lowy Institute.",
			[]string{"Jane Doe", "John Roe"}},
		{"Nur Aisyah binte Rahman is a Research Analyst at RSIS.",
			[]string{"Nur Aisyah binte Rahman"}},
		{"Jane Doe (jane@example.org) is a PhD Candidate at NTU.",
			[]string{"Jane Doe"}},
		{"JANE DOE is a Senior Fellow at RSIS.",
			[]string{"Jane Doe"}},
		{"Jane Doe, a former diplomat, is a Visiting Fellow at RSIS.",
			[]string{"Jane Doe"}},
		{"Jane Doe has been a Senior Fellow at RSIS since 2019.",
			[]string{"Jane Doe"}},
		{"Jane Doe is a Research Fellow at RSIS. Jane Doe was previously with MINDEF.",
			[]string{"Jane Doe"}},
		{"He is a Research Fellow at RSIS.", nil},
		{"The Indo-Pacific is a contested region.", nil},
		{"Singapore is a small state.", nil},
		{"This commentary is part of a series.", nil},
		{"Southeast Asia is home to several flashpoints.", nil},
		{"Before joining RSIS, he was a Senior Analyst at MINDEF.", nil},
		{"", nil},
	}
	for _, c := range cases {
		got := AuthorsFromBio(c.in)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("AuthorsFromBio(%q) mismatch (-want +got):\n%s", c.in, diff)
		}
	}
}

// TestHasDocumentWord: a document's label or a viewer's buttons where a
// byline stands are no person's name; names are.
func TestHasDocumentWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Final Report", true},
		{"Word Png Txt Jpg", true},
		{"Share Embed", true},
		{"Anna Berg", false},
		{"Per Lindqvist", false},
	} {
		if got := HasDocumentWord(c.in); got != c.want {
			t.Errorf("HasDocumentWord(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if got := NormalizeAuthor("รศ.ดร. สมศรี ทะเลดี"); got != "สมศรี ทะเลดี" {
		t.Errorf("a Thai academic title kept: %q", got)
	}
}

// TestHanNameList: short Han or Hangul names set apart by the ideographic
// comma are a list of names; items with kana in them, or longer ones, are
// not.
func TestHanNameList(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"王一舟、李海燕", true},
		{"김바람、이바다", true},
		{"夜行フェリー、一週間運休", false},
		{"港湾局、フェリー会社、北島市議会", false},
		{"運休、フェリー", false},
		{"港湾局、北島市議会事務局", false},
	} {
		if got := hanNameList(c.in); got != c.want {
			t.Errorf("hanNameList(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
