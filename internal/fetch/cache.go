package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// CacheEntry is what a Cache keeps of one fetched page: the validators for a
// conditional request and the decoded body to return when the server answers 304.
type CacheEntry struct {
	URL          string      `json:"url"`
	ETag         string      `json:"etag,omitempty"`
	LastModified string      `json:"last_modified,omitempty"`
	Header       http.Header `json:"header,omitempty"`
	Body         []byte      `json:"body"`
	Charset      string      `json:"charset,omitempty"`
	FetchedAt    time.Time   `json:"fetched_at"`
}

// Cache stores pages between fetches so an unchanged page is not downloaded again.
// Implementations must be safe for concurrent use.
type Cache interface {
	// Get returns the entry stored for url, if any.
	Get(url string) (CacheEntry, bool)
	// Put stores e for url, replacing any earlier entry.
	Put(url string, e CacheEntry)
}

// MemoryCache is a Cache held in memory for the life of the process.
type MemoryCache struct {
	mu sync.Mutex
	m  map[string]CacheEntry
}

// NewMemoryCache returns an empty MemoryCache.
func NewMemoryCache() *MemoryCache { return &MemoryCache{m: map[string]CacheEntry{}} }

// Get returns the entry stored for url.
func (c *MemoryCache) Get(url string) (CacheEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[url]
	return e, ok
}

// Put stores e for url.
func (c *MemoryCache) Put(url string, e CacheEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[url] = e
}

// DirCache is a Cache kept in a folder, one JSON file per URL named by the URL's
// SHA-256, so it survives between runs.
type DirCache struct {
	dir string
	mu  sync.Mutex
	err error
}

// NewDirCache returns a DirCache in dir, creating the folder if needed.
func NewDirCache(dir string) (*DirCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create cache folder: %w", err)
	}
	return &DirCache{dir: dir}, nil
}

func (c *DirCache) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:])+".json")
}

// Get returns the entry stored for url; an unreadable or corrupt file counts as a miss.
func (c *DirCache) Get(url string) (CacheEntry, bool) {
	data, err := os.ReadFile(c.path(url))
	if err != nil {
		return CacheEntry{}, false
	}
	var e CacheEntry
	if err := json.Unmarshal(data, &e); err != nil || e.URL != url {
		return CacheEntry{}, false
	}
	return e, true
}

// Put writes e for url atomically (a temporary file renamed into place). A failed
// write is kept for Err, since the Cache interface has no error to return.
func (c *DirCache) Put(url string, e CacheEntry) {
	e.URL = url
	if err := c.write(c.path(url), e); err != nil {
		c.mu.Lock()
		c.err = err
		c.mu.Unlock()
	}
}

func (c *DirCache) write(path string, e CacheEntry) error {
	data, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode cache entry: %w", err)
	}
	f, err := os.CreateTemp(c.dir, "put-*.tmp")
	if err != nil {
		return fmt.Errorf("write cache entry: %w", err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(f.Name(), path)
	}
	if werr != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write cache entry: %w", werr)
	}
	return nil
}

// Err returns the last error met while writing an entry, or nil.
func (c *DirCache) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
