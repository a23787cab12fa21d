package parse

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Kinds of files that are plainly not pages, as NotPageByName and
// NotPageByContent name them.
const (
	KindImage   = "image"
	KindFont    = "font"
	KindStyle   = "style"
	KindScript  = "script"
	KindArchive = "archive"
	KindMedia   = "media"
	KindSitemap = "sitemap"
)

// notPageExt maps the extensions of what a browser saves beside a page
// (page_files/) and what scrapers leave around pages to their kind. PDFs
// and .gz files are not here: they can be pages.
var notPageExt = map[string]string{
	".png": KindImage, ".jpg": KindImage, ".jpeg": KindImage, ".gif": KindImage, ".webp": KindImage,
	".bmp": KindImage, ".ico": KindImage, ".svg": KindImage, ".svgz": KindImage, ".tif": KindImage,
	".tiff": KindImage, ".avif": KindImage, ".heic": KindImage,
	".woff": KindFont, ".woff2": KindFont, ".ttf": KindFont, ".otf": KindFont, ".eot": KindFont,
	".css": KindStyle, ".scss": KindStyle, ".less": KindStyle,
	".js": KindScript, ".mjs": KindScript, ".cjs": KindScript, ".map": KindScript,
	".zip": KindArchive, ".tar": KindArchive, ".tgz": KindArchive, ".tbz2": KindArchive, ".bz2": KindArchive,
	".xz": KindArchive, ".7z": KindArchive, ".rar": KindArchive, ".zst": KindArchive, ".lz4": KindArchive,
	".mp3": KindMedia, ".mp4": KindMedia, ".m4a": KindMedia, ".m4v": KindMedia, ".webm": KindMedia,
	".ogg": KindMedia, ".ogv": KindMedia, ".oga": KindMedia, ".wav": KindMedia, ".avi": KindMedia,
	".mov": KindMedia, ".mkv": KindMedia, ".flac": KindMedia,
}

// NotPageByName gives the kind of a file that its name alone shows is not
// a page (logo.png, site.css, data.tar.gz), or "".
func NotPageByName(name string) string {
	lower := strings.ToLower(filepath.Base(name))
	if strings.HasSuffix(lower, ".tar.gz") {
		return KindArchive
	}
	return notPageExt[filepath.Ext(lower)]
}

// magic is a signature at the start of a file (at offset off).
type magic struct {
	off  int
	sig  string
	kind string
}

var magics = []magic{
	{0, "\x89PNG\r\n\x1a\n", KindImage},
	{0, "\xff\xd8\xff", KindImage},
	{0, "GIF87a", KindImage},
	{0, "GIF89a", KindImage},
	{8, "WEBP", KindImage},
	{0, "II*\x00", KindImage},
	{0, "MM\x00*", KindImage},
	{0, "\x00\x00\x01\x00", KindImage}, // ICO
	{8, "avif", KindImage},
	{8, "heic", KindImage},
	{0, "wOFF", KindFont},
	{0, "wOF2", KindFont},
	{0, "OTTO", KindFont},
	{0, "\x00\x01\x00\x00\x00", KindFont}, // TrueType
	{0, "PK\x03\x04", KindArchive},
	{0, "PK\x05\x06", KindArchive},
	{0, "\x1f\x8b", KindArchive}, // gzip left compressed (inside another)
	{0, "BZh", KindArchive},
	{0, "\xfd7zXZ\x00", KindArchive},
	{0, "7z\xbc\xaf\x27\x1c", KindArchive},
	{0, "Rar!\x1a\x07", KindArchive},
	{0, "\x28\xb5\x2f\xfd", KindArchive}, // zstd
	{257, "ustar", KindArchive},
	{8, "WAVE", KindMedia},
	{8, "AVI ", KindMedia},
	{4, "ftyp", KindMedia}, // MP4 and kin (AVIF and HEIC are matched above)
	{0, "\x1a\x45\xdf\xa3", KindMedia},
	{0, "OggS", KindMedia},
	{0, "ID3", KindMedia},
	{0, "fLaC", KindMedia},
}

// NotPageByContent gives the kind of a file whose content shows it is not
// a page whatever its name says (a PNG saved as page.txt, an XML sitemap),
// or "". PDFs are pages.
func NotPageByContent(data []byte) string {
	binary := looksBinary(data[:min(len(data), 8192)])
	for _, m := range magics {
		// A signature of plain letters ("ID3", "OggS") could start a text
		// page: it counts only in binary content.
		if len(data) >= m.off+len(m.sig) && string(data[m.off:m.off+len(m.sig)]) == m.sig && (binary || !printable(m.sig)) {
			return m.kind
		}
	}
	head := data[:min(len(data), 1024)]
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<")) {
		return ""
	}
	lower := bytes.ToLower(head)
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) {
		return ""
	}
	switch {
	case bytes.Contains(lower, []byte("<urlset")), bytes.Contains(lower, []byte("<sitemapindex")):
		return KindSitemap
	case bytes.Contains(lower, []byte("<svg")):
		return KindImage
	}
	return ""
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}
