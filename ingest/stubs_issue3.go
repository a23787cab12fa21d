package ingest

import "fmt"

func (p *Parser) parseJSONL(path string, data []byte) []Result {
	return []Result{{Err: fmt.Errorf("JSON Lines files are not supported yet")}}
}

func (p *Parser) parseHTML(path string, data []byte) Result {
	return Result{Err: fmt.Errorf("HTML pages are not supported yet")}
}
