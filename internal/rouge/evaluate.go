package rouge

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/storyline-news/storyline/internal/news"
)

// loader reads and analyses every summary file once, however many evaluations list it.
type loader struct {
	opt     Options
	a       *analyzer
	baseDir string

	mu    sync.Mutex
	files map[string]*loadedDoc
}

type loadedDoc struct {
	once sync.Once
	d    *doc
	err  error
}

// resolve finds a summary: relative to the current directory as ROUGE-1.5.5 does, then
// relative to the configuration file's folder.
func (l *loader) resolve(root, file string) string {
	p := file
	if root != "" {
		p = filepath.Join(root, file)
	}
	if filepath.IsAbs(p) || l.baseDir == "" {
		return p
	}
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if alt := filepath.Join(l.baseDir, p); fileExists(alt) {
		return alt
	}
	return p
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func (l *loader) load(path, format string) (*doc, error) {
	l.mu.Lock()
	ld, ok := l.files[path+"\x00"+format]
	if !ok {
		ld = &loadedDoc{}
		l.files[path+"\x00"+format] = ld
	}
	l.mu.Unlock()
	ld.once.Do(func() {
		data, err := os.ReadFile(path)
		if err != nil {
			code := news.Invalid
			if errors.Is(err, fs.ErrNotExist) {
				code = news.NotFound
			}
			ld.err = news.Errorf(code, path, "read summary: %v", err)
			return
		}
		sents, err := ReadSentences(data, format, path)
		if err != nil {
			ld.err = err
			return
		}
		text := cutText(sents, l.opt.LengthWords, l.opt.LengthBytes)
		ld.d = newDoc(l.a, text, cutSentences(sents, l.opt.LengthWords, l.opt.LengthBytes), l.opt)
	})
	return ld.d, ld.err
}

// evalResult holds one evaluation's scores: scores[peer index][method index].
type evalResult struct {
	present []bool
	scores  [][][3]float64
}

// Evaluate scores the configured peers as ROUGE-1.5.5 does and returns its report.
// Evaluations are scored on opt.Workers goroutines; files are read relative to the
// current directory, then to cfg.BaseDir.
func Evaluate(ctx context.Context, cfg *Config, opt Options) (*Report, error) {
	if err := checkOptions(opt); err != nil {
		return nil, err
	}
	peers := []string{opt.System}
	if opt.AllSystems {
		peers = cfg.PeerIDs()
	}
	ms := methods(opt)
	l := &loader{opt: opt, a: newAnalyzer(opt), baseDir: cfg.BaseDir, files: map[string]*loadedDoc{}}
	results := make([]evalResult, len(cfg.Evals))
	proto := newLCSScratch(opt.WeightW)
	if err := forEach(ctx, len(cfg.Evals), opt.Workers, func(i int) error {
		s := &lcsScratch{pw: proto.pw, pinv: proto.pinv, pairs: proto.pairs}
		r, err := scoreEval(l, s, &cfg.Evals[i], peers, ms, opt)
		results[i] = r
		return err
	}); err != nil {
		return nil, err
	}
	return buildReport(ctx, cfg, opt, peers, ms, results)
}

func checkOptions(opt Options) error {
	switch {
	case opt.LengthWords > 0 && opt.LengthBytes > 0:
		return news.Errorf(news.Invalid, "", "rouge options: give a length limit in words or bytes, not both")
	case opt.Confidence < 0 || opt.Confidence > 100:
		return news.Errorf(news.Invalid, "", "rouge options: confidence %v is not within 0 and 100", opt.Confidence)
	case opt.Alpha < 0 || opt.Alpha > 1:
		return news.Errorf(news.Invalid, "", "rouge options: alpha %v is not within 0 and 1", opt.Alpha)
	case opt.WeightW < 0:
		return news.Errorf(news.Invalid, "", "rouge options: ROUGE-W weight must be greater than 0")
	case opt.N < 0 || opt.N > 64:
		return news.Errorf(news.Invalid, "", "rouge options: n-gram size %d out of range", opt.N)
	case !opt.AllSystems && opt.System == "":
		return news.Errorf(news.Invalid, "", "rouge options: name a system to evaluate or evaluate all")
	}
	return nil
}

func scoreEval(l *loader, s *lcsScratch, e *Eval, peers []string, ms []method, opt Options) (evalResult, error) {
	r := evalResult{present: make([]bool, len(peers)), scores: make([][][3]float64, len(peers))}
	files := map[string]string{}
	for _, p := range e.Peers {
		if p.File != "" {
			files[p.ID] = p.File
		}
	}
	var models []*doc
	loadModels := func() error {
		for _, m := range e.Models {
			d, err := l.load(l.resolve(e.ModelRoot, m.File), e.Format)
			if err != nil {
				return fmt.Errorf("eval %s: %w", e.ID, err)
			}
			models = append(models, d)
		}
		return nil
	}
	for pi, id := range peers {
		file, ok := files[id]
		if !ok {
			continue
		}
		if models == nil {
			if err := loadModels(); err != nil {
				return r, err
			}
		}
		pd, err := l.load(l.resolve(e.PeerRoot, file), e.Format)
		if err != nil {
			return r, fmt.Errorf("eval %s: %w", e.ID, err)
		}
		r.present[pi] = true
		r.scores[pi] = make([][3]float64, len(ms))
		for mi, m := range ms {
			r.scores[pi][mi] = m.score(s, pd, models, opt)
		}
	}
	return r, nil
}

// forEach runs fn(0..n-1) on up to workers goroutines and returns the first error.
func forEach(ctx context.Context, n, workers int, fn func(int) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, max(n, 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := fn(i); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var err error
feed:
	for i := 0; i < n; i++ {
		select {
		case next <- i:
		case err = <-errs:
			break feed
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err == nil {
		select {
		case err = <-errs:
		default:
		}
	}
	return err
}
