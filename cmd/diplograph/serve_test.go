package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"diplograph/neo4j/neo4jtest"
)

func TestServeFlags(t *testing.T) {
	if err := runServe(context.Background(), []string{"--help"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help: %v", err)
	}
	for _, args := range [][]string{
		{"--bogus"},
		{"extra-argument"},
		{"--addr", "no-port"},
		{"--max-body", "0"},
		{"--timeout", "0s"},
	} {
		if err := runServe(context.Background(), args); !isUsageError(err) {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}

func TestServeUnreachableNeo4j(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // nothing listens there now
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:"+strconv.Itoa(port))
	start := time.Now()
	err = runServe(context.Background(), []string{"--neo4j-wait", "0s", "--addr", "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), "cannot reach Neo4j") || isUsageError(err) {
		t.Errorf("error %v, want cannot reach Neo4j", err)
	}
	if time.Since(start) > 30*time.Second {
		t.Errorf("took %v to give up", time.Since(start))
	}
}

// TestServeRuns starts the server against the test Neo4j, queries it over
// HTTP, and stops it as SIGTERM would (by cancelling its context).
func TestServeRuns(t *testing.T) {
	ctx := context.Background()
	env := neo4jtest.Setup(ctx)
	defer env.Close()
	env.Require(t)
	t.Setenv("NEO4J_URI", env.URI)
	t.Setenv("NEO4J_USERNAME", env.Username)
	t.Setenv("NEO4J_PASSWORD", env.Password)
	t.Setenv("NEO4J_DATABASE", env.Database)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	sctx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan error, 1)
	go func() {
		done <- runServe(sctx, []string{"--addr", addr, "--cors-origins", "https://viz.example.org", "--max-depth", "5"})
	}()

	base := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not up after 60s: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if resp, err := http.Get(base + "/readyz"); err != nil || resp.StatusCode != 200 {
		t.Errorf("readyz: %v %v", resp, err)
	}
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ __typename }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"__typename":"Query"`) {
		t.Errorf("graphql: %s", body)
	}
	// --max-depth reached the server.
	resp, err = http.Post(base+"/graphql", "application/json", strings.NewReader(
		`{"query":"{ state(iso2: \"MA\") { memberships { edges { node { organisation { name } } } } } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "DEPTH_LIMIT_EXCEEDED") {
		t.Errorf("--max-depth 5 not applied: %s", body)
	}

	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("still serving after shutdown")
	}
}
