package ingest

import (
	"errors"
	"io/fs"
	"syscall"

	"github.com/storyline-news/storyline/internal/news"
)

// statError turns a file-system error about source into a coded error with a short
// reason a user can act on.
func statError(source string, err error) error {
	var ne *news.Error
	switch {
	case errors.As(err, &ne):
		return news.Errorf(ne.Code, source, "%s", ne.Err.Error())
	case errors.Is(err, syscall.ELOOP):
		return news.Errorf(news.Invalid, source, "symlink loop")
	case errors.Is(err, fs.ErrNotExist):
		return news.Errorf(news.NotFound, source, "no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return news.Errorf(news.Denied, source, "permission denied")
	case errors.Is(err, syscall.EISDIR):
		return news.Errorf(news.Unsupported, source, "is a folder")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return news.Errorf(news.Invalid, source, "%s: %v", pe.Op, pe.Err)
	}
	return news.Errorf(news.Invalid, source, "%v", err)
}

// modeName names the kind of a special file for a warning.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "irregular file"
}
