package http

import (
	"net/http"
	"slices"
	"strings"
)

// cors grants the configured origins cross-origin access. Preflight requests
// (OPTIONS with Access-Control-Request-Method) are answered here: 204 with the
// allowed methods and headers for a granted origin, 403 otherwise. Other
// requests get Access-Control-Allow-Origin when their origin is granted;
// browsers then refuse to show other origins the answer.
func (s *Server) cors(h http.Handler) http.Handler {
	anyOrigin := slices.Contains(s.cfg.CORSOrigins, "*")
	allowed := func(origin string) bool {
		return anyOrigin || slices.Contains(s.cfg.CORSOrigins, strings.TrimSuffix(origin, "/"))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Origin")
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		if !allowed(origin) {
			if preflight {
				writeError(w, http.StatusForbidden, CodeBadUserInput, "origin not allowed")
				return
			}
			h.ServeHTTP(w, r) // same-origin requests carry Origin too
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		if preflight {
			w.Header().Add("Vary", "Access-Control-Request-Method")
			w.Header().Add("Vary", "Access-Control-Request-Headers")
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
			w.Header().Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Access-Control-Expose-Headers", "Content-Disposition")
		h.ServeHTTP(w, r)
	})
}
