package ingest

import "fmt"

func (p *Parser) parseHTML(path string, data []byte) Result {
	return Result{Err: fmt.Errorf("HTML pages are not supported yet")}
}
