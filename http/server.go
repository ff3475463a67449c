package http

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
)

// Defaults of Config's limits.
const (
	DefaultMaxDepth      = 12
	DefaultMaxComplexity = 20000
	DefaultTimeout       = 15 * time.Second
	DefaultMaxBodyBytes  = 1 << 20
)

// Config configures a Server. Only Schema is required.
type Config struct {
	// Schema is the executable GraphQL schema (graph.NewSchema for the real one).
	Schema graphql.ExecutableSchema
	// ErrorPresenter turns resolver errors into GraphQL errors with
	// extensions.code (graph.ErrorPresenter); nil: gqlgen's default, followed
	// by this package's classification (see the package documentation).
	ErrorPresenter graphql.ErrorPresenterFunc
	// Ready reports whether the database answers, for /readyz; nil: always ready.
	Ready func(context.Context) error
	// Introspection enables __schema and __type queries (GraphiQL needs them).
	Introspection bool
	// MaxDepth is the deepest field nesting allowed; 0 means DefaultMaxDepth,
	// a negative value no limit.
	MaxDepth int
	// MaxComplexity is the largest complexity allowed; 0 means
	// DefaultMaxComplexity, a negative value no limit.
	MaxComplexity int
	// Timeout is the deadline of one operation; 0 means DefaultTimeout, a
	// negative value none.
	Timeout time.Duration
	// MaxBodyBytes limits request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// CORSOrigins lists the origins allowed to call the API from a browser
	// ("https://app.example.org"; "*" allows any). Empty: same-origin only.
	CORSOrigins []string
	// DisableGraphiQL turns off GraphiQL at /.
	DisableGraphiQL bool
	// Logger receives request logs; nil: slog.Default().
	Logger *slog.Logger
}

// Server is the HTTP handler of the API. It is safe for concurrent use.
type Server struct {
	cfg     Config
	log     *slog.Logger
	gql     *handler.Server
	exec    *executor.Executor // for /export: configured like gql
	handler http.Handler
}

// New returns a Server for cfg. It panics when cfg.Schema is nil.
func New(cfg Config) *Server {
	if cfg.Schema == nil {
		panic("http.New: nil Schema")
	}
	if cfg.MaxDepth == 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.MaxComplexity == 0 {
		cfg.MaxComplexity = DefaultMaxComplexity
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	s := &Server{cfg: cfg, log: cfg.Logger}
	if s.log == nil {
		s.log = slog.Default()
	}

	s.gql = handler.New(cfg.Schema)
	s.gql.AddTransport(transport.Options{})
	s.gql.AddTransport(transport.GET{})
	s.gql.AddTransport(transport.POST{})
	s.exec = executor.New(cfg.Schema)

	// The caches are shared, so that a query persisted through /graphql can
	// be exported by its hash, and parsing is done once for both.
	queryCache := lru.New[*ast.QueryDocument](1000)
	apqCache := lru.New[string](100)
	for _, x := range []configurable{s.gql, s.exec} {
		x.SetQueryCache(queryCache)
		x.SetErrorPresenter(s.present)
		x.SetRecoverFunc(s.recover)
		if cfg.Introspection {
			x.Use(extension.Introspection{})
		}
		x.Use(extension.AutomaticPersistedQuery{Cache: apqCache})
		if cfg.MaxDepth > 0 {
			x.Use(depthLimit{max: cfg.MaxDepth})
		}
		if cfg.MaxComplexity > 0 {
			x.Use(&complexityLimit{ComplexityLimit: extension.FixedComplexityLimit(cfg.MaxComplexity)})
		}
		x.Use(operationInfo{})
	}

	mux := http.NewServeMux()
	if !cfg.DisableGraphiQL {
		mux.Handle("GET /{$}", playground.Handler("diplograph GraphQL", "/graphql"))
	}
	mux.Handle("/graphql", s.limitBody(s.withTimeout(s.gql)))
	mux.Handle("GET /export", s.limitBody(s.withTimeout(http.HandlerFunc(s.serveExport))))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	s.handler = s.logRequests(s.cors(mux))
	return s
}

// configurable is what handler.Server and executor.Executor have in common.
type configurable interface {
	SetQueryCache(graphql.Cache[*ast.QueryDocument])
	SetErrorPresenter(graphql.ErrorPresenterFunc)
	SetRecoverFunc(graphql.RecoverFunc)
	Use(graphql.HandlerExtension)
}

// ServeHTTP serves the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if err := s.cfg.Ready(ctx); err != nil {
			s.log.Warn("not ready", "err", err)
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
