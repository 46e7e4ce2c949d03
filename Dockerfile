# presscheck in a Debian 12 image that lints the folder mounted at /drafts:
#   docker build -t presscheck .
#   docker run --rm -v "$PWD:/drafts" presscheck                      # lint .
#   docker run --rm -v "$PWD:/drafts" presscheck lint --format sarif articles/
# The image holds what `cmake --install` installs: the program, its rule packs and starter
# fact base, the man page and the completions.

FROM debian:12-slim AS build
WORKDIR /src
# The dependencies first, so that a change of the sources reuses this layer.
COPY .ci/install-deps .ci/install-deps
RUN bash .ci/install-deps && rm -rf /var/lib/apt/lists/*
COPY . .
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
      -DCMAKE_INSTALL_PREFIX=/usr/local \
 && cmake --build /build --target presscheck presscheck-serve \
 && DESTDIR=/staging cmake --install /build --strip

FROM debian:12-slim
# The shared libraries the programs link (`ldd presscheck presscheck-serve`; the others are
# linked from their static archives, see cmake/static_deps.cmake), and git for
# --changed-since.
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libfmt9 libmd4c0 libsimdjson14 libtomlplusplus3 libcpp-httplib0.11 git \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /staging/usr/local /usr/local
# Any user may run the image (`--user "$(id -u):$(id -g)"` keeps the drafts' owner, which git
# requires): the compiled fact base is cached where every user can write, and git trusts
# the mounted checkout whoever owns it.
ENV XDG_CACHE_HOME=/tmp/presscheck-cache
RUN git config --system --add safe.directory /drafts \
 && presscheck rules test >/dev/null
WORKDIR /drafts
ENTRYPOINT ["presscheck"]
CMD ["lint", "."]
