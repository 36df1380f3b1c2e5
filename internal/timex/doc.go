// Package timex owns time expressions: it finds them in news text and normalises them to
// TIMEX3 values against the article's publication time, keeping their granularity (a
// month stays a month, a week a week).
//
// It is a rule-based tagger and normaliser in the TIMEX3 / TIDES tradition: a cascade of
// hand-written patterns over tokens, each paired with a normalisation function that reads
// the anchor (document creation time) and, where the calendar is ambiguous, the tense of
// the surrounding clause, as in HeidelTime (Strötgen and Gertz 2010, "HeidelTime: High
// Quality Rule-based Extraction and Normalization of Temporal Expressions", SemEval) and
// SUTime (Chang and Manning 2012, "SUTime: A library for recognizing and normalizing time
// expressions", LREC). The rules here are our own. The package also reads TimeML files and
// scores a tagger as TempEval-3 did (UzZaman et al. 2013, "SemEval-2013 Task 1:
// TempEval-3"): strict and relaxed span F1 and value F1 on relaxed matches.
package timex
