// Package data holds incidex's domain types (the incident of CONTRACT.md and
// its timeline events), the failure-pattern table and the embedded default
// data files: the domain dictionary used to segment Chinese and the table of
// failure patterns. It depends on the standard library only; every other
// package imports it, and it imports none of them.
package data
