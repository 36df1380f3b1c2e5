package rouge

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// Config is a parsed ROUGE evaluation configuration: the EVAL blocks in file order.
type Config struct {
	Evals   []Eval
	BaseDir string // the configuration file's folder: a second place to look for summaries
}

// Eval is one evaluation: a set of peer summaries, each scored against all the models.
type Eval struct {
	ID        string
	Format    string // FormatSEE, FormatSPL or FormatISI
	PeerRoot  string
	ModelRoot string
	Peers     []Summary // in file order; a peer ID listed twice keeps its last file
	Models    []Summary // in file order; every entry is scored, duplicates too
}

// Summary is one summary file of an evaluation.
type Summary struct {
	ID   string
	File string
}

// PeerIDs returns the IDs of every peer in the configuration, sorted as ROUGE-1.5.5
// sorts them for -a (byte order).
func (c *Config) PeerIDs() []string {
	seen := map[string]bool{}
	var ids []string
	for _, e := range c.Evals {
		for _, p := range e.Peers {
			if !seen[p.ID] {
				seen[p.ID] = true
				ids = append(ids, p.ID)
			}
		}
	}
	sortStrings(ids)
	return ids
}

// configParser walks the XML tokens with the state ROUGE-1.5.5's readEvals keeps.
type configParser struct {
	cfg    *Config
	index  map[string]int
	stack  []string // upper-cased element names
	text   strings.Builder
	cur    int // index of the current EVAL, -1 outside
	itemID string
}

// ParseConfig reads a ROUGE-1.5.5 XML evaluation configuration. Element names match
// without case, as in ROUGE; baseDir is recorded as the second place to look for files.
func ParseConfig(r io.Reader, baseDir string) (*Config, error) {
	p := &configParser{cfg: &Config{BaseDir: baseDir}, index: map[string]int{}, cur: -1}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, news.Errorf(news.Invalid, "", "parse rouge config: %v", err)
		}
		if err := p.token(tok); err != nil {
			return nil, err
		}
	}
	if len(p.cfg.Evals) == 0 {
		return nil, news.Errorf(news.Invalid, "", "parse rouge config: no EVAL element")
	}
	for i := range p.cfg.Evals {
		e := &p.cfg.Evals[i]
		if e.Format == "" {
			return nil, news.Errorf(news.Invalid, "", "parse rouge config: EVAL %q has no INPUT-FORMAT", e.ID)
		}
		dedupeModels(e)
	}
	return p.cfg, nil
}

func attr(el xml.StartElement, name string) (string, bool) {
	for _, a := range el.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value, true
		}
	}
	return "", false
}

func (p *configParser) parent() string {
	if len(p.stack) < 2 {
		return ""
	}
	return p.stack[len(p.stack)-2]
}

func (p *configParser) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		p.stack = append(p.stack, strings.ToUpper(t.Name.Local))
		p.text.Reset()
		return p.start(t)
	case xml.CharData:
		p.text.Write(t)
	case xml.EndElement:
		if len(p.stack) == 0 {
			return nil
		}
		err := p.end(strings.TrimSpace(p.text.String()))
		p.stack = p.stack[:len(p.stack)-1]
		p.text.Reset()
		return err
	}
	return nil
}

func (p *configParser) start(t xml.StartElement) error {
	name := p.stack[len(p.stack)-1]
	if name == "EVAL" {
		id, ok := attr(t, "ID")
		if !ok {
			return news.Errorf(news.Invalid, "", "parse rouge config: EVAL without ID")
		}
		i, seen := p.index[id]
		if !seen {
			i = len(p.cfg.Evals)
			p.index[id] = i
			p.cfg.Evals = append(p.cfg.Evals, Eval{ID: id})
		}
		p.cur = i
		return nil
	}
	inEval := p.cur >= 0
	switch {
	case name == "INPUT-FORMAT":
		typ, _ := attr(t, "TYPE")
		f, ok := normalizeFormat(typ)
		if !ok {
			return news.Errorf(news.Unsupported, "", "parse rouge config: unknown input type %q", typ)
		}
		if !inEval {
			return news.Errorf(news.Invalid, "", "parse rouge config: INPUT-FORMAT outside EVAL")
		}
		p.cfg.Evals[p.cur].Format = f
	case (name == "P" && p.parent() == "PEERS") || (name == "M" && p.parent() == "MODELS"):
		id, ok := attr(t, "ID")
		if !ok || !inEval {
			return news.Errorf(news.Invalid, "", "parse rouge config: <%s> without ID or outside EVAL", name)
		}
		p.itemID = id
	}
	return nil
}

func (p *configParser) end(text string) error {
	name := p.stack[len(p.stack)-1]
	if p.cur < 0 {
		return nil
	}
	e := &p.cfg.Evals[p.cur]
	switch {
	case name == "PEER-ROOT":
		e.PeerRoot = text
	case name == "MODEL-ROOT":
		e.ModelRoot = text
	case name == "P" && p.parent() == "PEERS":
		e.Peers = setPeer(e.Peers, Summary{ID: p.itemID, File: text})
	case name == "M" && p.parent() == "MODELS":
		e.Models = append(e.Models, Summary{ID: p.itemID, File: text})
	}
	return nil
}

// setPeer records a peer; ROUGE keeps peers in a hash, so a repeated ID takes the new file.
func setPeer(peers []Summary, s Summary) []Summary {
	for i := range peers {
		if peers[i].ID == s.ID {
			peers[i].File = s.File
			return peers
		}
	}
	return append(peers, s)
}

// dedupeModels gives every entry of a repeated model ID the file listed last, as
// ROUGE's model hash does while its ID list keeps the repeats.
func dedupeModels(e *Eval) {
	last := map[string]string{}
	for _, m := range e.Models {
		last[m.ID] = m.File
	}
	for i := range e.Models {
		e.Models[i].File = last[e.Models[i].ID]
	}
}

// ParseFileList reads ROUGE-1.5.5's -z configuration: one evaluation a line, "peer model1
// model2 ...", with paths used as given; lines starting with # are comments. Evaluations
// are numbered from 1, the peer is called system and the models M.1, M.2, ...
func ParseFileList(r io.Reader, format, system, baseDir string) (*Config, error) {
	f, ok := normalizeFormat(format)
	if !ok {
		return nil, news.Errorf(news.Unsupported, "", "parse file list: unknown input format %q", format)
	}
	if system == "" {
		system = "X"
	}
	cfg := &Config{BaseDir: baseDir}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		files := strings.Fields(text)
		if len(files) < 2 {
			return nil, news.Errorf(news.Invalid, "", "parse file list: line %d: want a peer and at least one model", line)
		}
		e := Eval{ID: strconv.Itoa(len(cfg.Evals) + 1), Format: f, Peers: []Summary{{ID: system, File: files[0]}}}
		for i, m := range files[1:] {
			e.Models = append(e.Models, Summary{ID: fmt.Sprintf("M.%d", i+1), File: m})
		}
		cfg.Evals = append(cfg.Evals, e)
	}
	if err := sc.Err(); err != nil {
		return nil, news.Errorf(news.Invalid, "", "parse file list: %v", err)
	}
	if len(cfg.Evals) == 0 {
		return nil, news.Errorf(news.Invalid, "", "parse file list: no evaluation")
	}
	return cfg, nil
}
