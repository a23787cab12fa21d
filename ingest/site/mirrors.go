package site

import (
	"strings"

	"github.com/pubindex/pubindex/ingest/fields"
)

// mirrorHosts are sites that copy publications made elsewhere: document
// sharing sites, repositories, catalogues and aggregators. A page from one
// of them is a version of a publication, joined to the publisher's own page
// when the scrape has it.
var mirrorHosts = []string{
	"scribd.com", "issuu.com", "yumpu.com", "slideshare.net", "dokumen.pub", "dokumen.tips",
	"vdocuments.net", "vdocuments.mx", "docslib.org", "pdfslide.net", "studylib.net", "pdfcoffee.com",
	"documents.pub", "fliphtml5.com", "calameo.com", "researchgate.net", "academia.edu",
	"semanticscholar.org", "core.ac.uk", "ssrn.com", "papers.ssrn.com", "jstor.org", "ciaonet.org",
	"reliefweb.int", "think-asia.org", "css.ethz.ch", "files.ethz.ch", "ecoi.net", "refworld.org",
	"policycommons.net", "eldis.org", "gsdrc.org", "europeansources.info", "archive.org",
	"scholar.archive.org", "ebsco.com", "proquest.com", "worldcat.org",
}

// IsMirror reports whether pageURL is on a site that copies publications
// made elsewhere.
func IsMirror(pageURL string) bool {
	host := fields.HostOf(pageURL)
	if host == "" {
		return false
	}
	for _, m := range mirrorHosts {
		if host == m || strings.HasSuffix(host, "."+m) {
			return true
		}
	}
	return false
}
