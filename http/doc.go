// Package http is diplograph's HTTP server: the GraphQL API (gqlgen), GraphiQL,
// health and readiness probes, and graph exports for visualization tools.
//
// # Endpoints
//
//	GET  /          GraphiQL (an in-browser IDE posting to /graphql)
//	POST /graphql   GraphQL over HTTP: {"query","variables","operationName","extensions"}
//	GET  /graphql   the same, for queries, as URL parameters (query, variables, operationName, extensions)
//	GET  /healthz   200 while the process is up
//	GET  /readyz    200 when the database answers (Config.Ready), else 503
//	GET  /export    ?query=&variables=&operationName=&format=cytoscape|graphology|gexf|graphml
//
// /export runs its query through the same executor as /graphql (same limits,
// caches and error codes), takes the first object of the answer, in document
// order, that has "nodes" and "edges" lists (a Graph), and writes it in the
// requested format (see package export) as an attachment named after the
// field (or alias) it came from, e.g. supportGraph.gexf. Nodes need an id and
// edges an id, a source and a target; a node's or edge's "properties" object
// and its other selected scalar fields become the exported properties.
// Errors are JSON GraphQL errors with a status from their code: 400
// BAD_USER_INPUT (bad format or variables, no graph in the answer), 404
// NOT_FOUND, 405 (not a query), 422 parse/validation/limit errors, 500
// INTERNAL, 504 TIMEOUT.
//
// # Protection
//
//   - Request body: at most Config.MaxBodyBytes; larger → 413. A GET query
//     string larger than that → 414.
//   - Depth: operations nesting fields deeper than Config.MaxDepth are
//     rejected before execution (fields of introspection, __schema and
//     __type, do not count), with extensions.code DEPTH_LIMIT_EXCEEDED.
//   - Complexity: gqlgen's FixedComplexityLimit with the schema's complexity
//     functions (lists weighted by their "first" argument); beyond
//     Config.MaxComplexity → extensions.code COMPLEXITY_LIMIT_EXCEEDED.
//     Both limit errors are answered with status 422, like parse
//     (GRAPHQL_PARSE_FAILED) and validation (GRAPHQL_VALIDATION_FAILED) errors,
//     and carry extensions.limit and extensions.actual.
//   - Time: each operation runs with a deadline of Config.Timeout; resolvers
//     that run out of time fail with extensions.code TIMEOUT.
//   - CORS: only the origins in Config.CORSOrigins ("*" for any) are granted
//     cross-origin access; by default none (same-origin only). A preflight
//     from another origin is answered 403.
//   - Errors: resolver errors go through Config.ErrorPresenter (the graph
//     package's, mapping diplograph.Kind to NOT_FOUND, BAD_USER_INPUT,
//     TIMEOUT, INTERNAL). An error that still has no code is classified here:
//     deadline → TIMEOUT, diplograph kinds as above, anything else INTERNAL
//     with the generic message "internal error" (the cause is only logged), so
//     no Cypher, driver message or stack trace reaches a client. Panics in
//     resolvers are logged with their stack and answered as INTERNAL.
//
// Every request is logged with log/slog: method, path, status, duration,
// bytes and, for GraphQL, the operation name (or the root fields of an
// anonymous operation).
package http
