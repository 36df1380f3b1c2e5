package watch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"

	"github.com/storyline-news/storyline/internal/news"
)

// stateFile holds the hashed keys of the entries written, one per line, appended as
// each article is written.
const stateFile = ".state"

// state is the set of entry keys already written, backed by an append-only file.
type state struct {
	path string
	keys map[string]bool
	f    *os.File
}

// KeyHash is how an entry key is stored: the hex SHA-256 of the key, cut to 128 bits
// (plenty against collisions among a feed reader's items, and keys from feeds never
// reach the disk verbatim).
func KeyHash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}

// openState reads the state file (a missing one is empty) and opens it for appending.
func openState(path string) (*state, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, news.Errorf(news.Internal, filepath.Dir(path), "create output folder: %v", err)
	}
	st := &state{path: path, keys: map[string]bool{}}
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return nil, news.Errorf(news.Internal, path, "read watch state: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if k := bytes.TrimSpace(sc.Bytes()); len(k) > 0 {
			st.keys[string(k)] = true
		}
	}
	st.f, err = os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, news.Errorf(news.Internal, path, "open watch state: %v", err)
	}
	return st, nil
}

func (s *state) seen(key string) bool { return s.keys[KeyHash(key)] }

// add records key, on disk first.
func (s *state) add(key string) error {
	h := KeyHash(key)
	if s.keys[h] {
		return nil
	}
	if _, err := s.f.WriteString(h + "\n"); err != nil {
		return news.Errorf(news.Internal, s.path, "write watch state: %v", err)
	}
	s.keys[h] = true
	return nil
}

func (s *state) close() { s.f.Close() }
