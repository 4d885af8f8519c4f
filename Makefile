# Builds the zip functions for `sam build` (template.yaml: Metadata BuildMethod makefile). SAM runs
# `make build-<LogicalId>` with ARTIFACTS_DIR set; each target builds one Maven module and puts its
# shaded Lambda jar (the module with exactly the dependencies it needs, *-lambda.jar) in lib/, which
# the java21 runtime puts on the classpath. The scraper is a container image: its Dockerfile
# (infrastructure/scraper-image) runs Maven itself.

MVN ?= mvn
MVN_FLAGS ?= -B -ntp -q -DskipTests
# The project version, from the parent pom's own <version> (the first one at two-space indent).
VERSION := $(shell sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)

define lambda_package
	$(MVN) $(MVN_FLAGS) -pl functions/$(1) -am package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/$(1)/target/$(1)-$(VERSION)-lambda.jar "$(ARTIFACTS_DIR)/lib/"
endef

.PHONY: build-DispatchFunction build-StandardizeFunction build-ApiFunction build-MaintenanceFunction

build-DispatchFunction:
	$(call lambda_package,dispatch)

build-StandardizeFunction:
	$(call lambda_package,standardize)

build-ApiFunction:
	$(call lambda_package,api)

build-MaintenanceFunction:
	$(call lambda_package,maintenance)
