package distiller

import (
	"errors"
	"testing"

	"golang.org/x/net/html"
)

func TestApplyIsDisabled(t *testing.T) {
	r, err := Apply(&html.Node{Type: html.DocumentNode}, &Options{SkipPagination: true})
	if r != nil || !errors.Is(err, ErrDisabled) {
		t.Errorf("Apply = %v, %v; want nil, ErrDisabled", r, err)
	}
}
