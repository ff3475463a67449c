// Package diplograph holds the domain of the project: the facts extracted from
// diplomatic communiqués (the interchange format of shared/eval/FORMAT.md), their
// closed vocabularies and validation, the errors every layer returns, the
// graph-shaped answers served to visualization front ends, and the interfaces
// the storage layer implements.
//
// The package imports nothing of the project: loader/ (input and extraction),
// neo4j/ (the store), graph/ (the GraphQL resolvers), http/ (the server) and
// cmd/diplograph (the binary) all point inward to it.
package diplograph
