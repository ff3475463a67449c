# diplograph server image: static Go binary on Alpine (a shell is needed for
# "load then serve" in docker-compose.yml). Neo4j itself runs in its own
# container (official neo4j:5.26 image); NEO4J_URI points at it.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/diplograph ./cmd/diplograph

FROM alpine:3.22
RUN adduser -D -u 10001 diplograph
COPY --from=build /out/diplograph /usr/local/bin/diplograph
COPY testdata/samples /samples
USER diplograph
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/diplograph"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
