package rouge

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/storyline-news/storyline/internal/news"
)

// LoadDataDir reads ROUGE-1.5.5's data folder (-e): smart_common_words.txt for the stop
// words and WordNet's adj/adv/noun/verb .exc files (in dir or dir/WordNet-2.0-Exceptions)
// for the exception table. What is missing is returned as nil, meaning the embedded copy.
func LoadDataDir(dir string) (stopwords []string, exceptions map[string]string, err error) {
	if data, err := os.ReadFile(filepath.Join(dir, "smart_common_words.txt")); err == nil {
		for k := range parseTable(string(data)) {
			stopwords = append(stopwords, k)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, news.Errorf(news.Invalid, dir, "read rouge data: %v", err)
	}
	for _, sub := range []string{"", "WordNet-2.0-Exceptions"} {
		found := false
		table := map[string]string{}
		for _, pos := range []string{"adj", "adv", "noun", "verb"} {
			data, err := os.ReadFile(filepath.Join(dir, sub, pos+".exc"))
			if err != nil {
				continue
			}
			found = true
			for k, v := range parseTable(string(data)) {
				table[k] = v
			}
		}
		if found {
			return stopwords, table, nil
		}
	}
	return stopwords, nil, nil
}
