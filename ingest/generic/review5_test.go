package generic

import (
	"strings"
	"testing"
)

// Pages a review of this round's rules (cut head lines, trailing tails,
// affiliations, journal heads, institution lines, date headers) wrote in
// invented words, which the round's first code misread and the code before
// it read right; each guards the narrowing that put it right.

const rev5Prose = "Harbour queues in the northern isles have grown each winter, and the island councils say the inspectors are too few to clear the boats that wait at the outer mark.\n\n" +
	"This note asks what the three capitals could do together, and why a shared register of inspectors would shorten the wait more than any new quay.\n"

// rev5Page is a think tank's page around a title: menu, byline, day, text.
func rev5Page(title string) string {
	return "Home\nResearch\nPublications\nAbout Us\n" + title + "\nBy Anna Berg\n14 March 2024\n\n" + rev5Prose + "\nShare\n© 2024 Kestrel Point Institute\n"
}

func TestReview5Titles(t *testing.T) {
	for _, title := range []string{
		"Kestrel Point Institute Marks Twenty Years of Harbour Research",
		"West Harbour School Reopens After the Storm",
		"Northern Isles College Wins Ferry Grant",
		"Net Zero Ferries by 2040",
		"Cutting Port Emissions by 50%",
		"Ferry Fares Rose 12%, 15%, 20% in Three Years",
		"Isles 2030, Ports 2040, Fares 2050",
		"Route 7, Pier 12, Gate 3",
		"Port Census 2021, 2011–2021 Change, Volume 1",
		"Proceedings of the Island Ferry Conference 2019, 3–5 April, Vol. 2",
		"The U.S. 2020–2024 Ferry Grants: Lessons for the Isles (2025)",
		"Go! Go! Go! The Ferry Race Across the Isles",
		"Celebrating Twenty Years: Kestrel Point Institute for Island Studies",
		"PDF Archives and the Memory of Island Ports",
	} {
		p := Read(rev5Page(title), Hints{})
		if p.Skip != "" || p.Title != title || p.Date.String() != "2024-03-14" {
			t.Errorf("%q: title %q, date %v, skip %q", title, p.Title, p.Date, p.Skip)
		}
	}
}

func TestReview5Shapes(t *testing.T) {
	const title = "The Future of Island Ferries"
	for _, c := range []struct{ name, page, want string }{
		{"related-after-text", rev5Page(title) + "Related\nThe Future of Island Ferries Revisited\nPort Budgets in the Northern Isles\n", title},
		{"next-post-after-text", rev5Page(title) + "Previous post\nThe Future of Island Ferries Conference Report\n", title},
		{"episode-after-text", rev5Page(title) + "More\nThe Future of Island Ferries Episode 12\nThe Future of Island Ferries in Numbers\n", title},
		{"alt-text-over", "Home\nResearch\nThe Future of Island Ferries cover\n" + title + "\nBy Anna Berg\n14 March 2024\n\n" + rev5Prose, title},
		{"posted-in-over", "Home\nResearch\nPosted in\nFerry Fares Explained\nBy Anna Berg\n14 March 2024\n\n" + rev5Prose, "Ferry Fares Explained"},
		{"caps-interview-with", "THE FUTURE OF ISLAND FERRIES\n\nTHE FUTURE OF ISLAND FERRIES: AN INTERVIEW WITH Anna Berg\n14 March 2024\n\n" + rev5Prose, "THE FUTURE OF ISLAND FERRIES"},
		{"three-word-academy", "Home\nCommentary\nAcademy in Crisis\nAnna Berg\n14 March 2024\n\n" + rev5Prose, "Academy in Crisis"},
		{"three-word-centro", "Home\nCommentary\nCentro de Gravedad\nAnna Berg\n14 March 2024\n\n" + rev5Prose, "Centro de Gravedad"},
		{"welcome-title", "欢迎来到海岛渡轮新时代\n作者：李伟\n2024年3月14日\n\n" + strings.Repeat("北方海岛的渡轮在冬季运行成本更高，岛屿议会希望与港口管理局共同设立基金，以维持冬季航线并稳定票价。", 3) + "\n", "欢迎来到海岛渡轮新时代"},
		{"post-word-title", "島のフェリーを守る若手研究員\n\n" + strings.Repeat("北の島々を結ぶフェリーは冬になると費用がかさみ、島の議会は港湾局と共同で基金を設けることを求めている。", 3) + "\n", "島のフェリーを守る若手研究員"},
		{"post-word-after-space", "港湾研究の最前線 客員研究員の視点から\n\n" + strings.Repeat("北の島々を結ぶフェリーは冬になると費用がかさみ、島の議会は港湾局と共同で基金を設けることを求めている。", 3) + "\n", "港湾研究の最前線 客員研究員の視点から"},
	} {
		if p := Read(c.page, Hints{}); p.Skip != "" || p.Title != c.want {
			t.Errorf("%s: title %q, want %q (skip %q)", c.name, p.Title, c.want, p.Skip)
		}
	}
}

func TestReview5Profile(t *testing.T) {
	page := "Anna Berg\nSenior Fellow\nPublications\nPort Finance in the Isles\nAnna Berg, Per Lindqvist\n2 February 2024\nWorking Paper\n" +
		"Ferry Dues After the Storm\nAnna Berg\n9 January 2024\nPolicy Brief\n"
	if p := Read(page, Hints{}); p.Skip == "" {
		t.Errorf("an expert's profile listing two papers is indexed as %q", p.Title)
	}
	series := strings.Replace(page, "Working Paper\n", "KHS Working Paper Series\n", 1)
	if p := Read(series, Hints{}); p.Skip == "" {
		t.Errorf("an expert's profile whose entries name their series is indexed as %q", p.Title)
	}
}
