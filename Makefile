# 券商CRM — see README.md. `make run` for the demo, `make test` for everything.
GO  ?= go
BIN := bin/crm
# The SPA's targets run when the SPA is in the tree.
WEB := $(wildcard frontend/package.json)

.PHONY: run build build-go build-web test test-go test-web e2e lint fuzz generate check-generated clean

## run: build everything, seed demo data on first start, serve on :8080
run: build
	./$(BIN) seed --if-empty
	./$(BIN) serve

## build: the SPA (frontend/dist) and the crm binary (bin/crm)
build: build-web build-go

build-go:
	$(GO) build -o $(BIN) ./server

build-web: $(if $(WEB),node_modules)
ifneq ($(WEB),)
	npm run build
else
	@echo "no frontend/ yet: the SPA is not built"
endif

node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch node_modules

## test: lint, generated code in step, Go tests on SQLite and PostgreSQL, SPA unit and end-to-end tests
test: lint check-generated test-go test-web e2e

test-go:
	$(GO) test -count=1 ./...

test-web: $(if $(WEB),node_modules)
ifneq ($(WEB),)
	npm run typecheck
	npm test
endif

e2e: build
ifneq ($(WEB),)
	npm run e2e
endif

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## fuzz: run every fuzz target for FUZZTIME each (default 30s); a failing input is saved under the package's testdata/fuzz, commit it with the fix
FUZZTIME ?= 30s
fuzz:
	@failed=; for dir in $$(git grep -l '^func Fuzz' -- '*_test.go' | xargs -n1 dirname | sort -u); do \
		for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$dir/*_test.go); do \
			echo "== ./$$dir $$name"; \
			$(GO) test ./$$dir -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) || failed="$$failed ./$$dir:$$name"; \
		done; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz failures:$$failed"; exit 1; fi

## generate: ent, gqlgen and the SPA's GraphQL types from the schemas
generate: $(if $(WEB),node_modules)
	$(GO) generate ./...
ifneq ($(WEB),)
	npm run codegen
endif

## check-generated: fail if generated code is out of step with its sources
check-generated: generate
	@git diff --exit-code --stat -- ent graph frontend/src/gql || \
		(echo "generated code is out of date: run make generate and commit"; exit 1)

clean:
	rm -rf bin frontend/dist
