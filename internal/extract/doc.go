// Package extract owns turning one HTML page into a news.Article: the main article text
// as paragraphs, and the page's metadata (title, byline, outlet, canonical URL, language,
// publication time).
package extract
