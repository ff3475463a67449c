// Package e2e holds the end-to-end tests of the HTTP server: the real
// GraphQL schema over a real Neo4j loaded with the example facts of
// shared/eval/example-seed.jsonl through the real loader, seen by a plain
// net/http client (POST, GET, persisted queries, error codes, limits, CORS,
// probes, exports parsed back by their real consumers). It has no non-test
// code.
package e2e
