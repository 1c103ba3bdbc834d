#!/usr/bin/env bash
# A Spark standalone master and one worker on 127.0.0.1 from fundtrace's own jars (cli/target/lib), to
# try fundtrace on a cluster without installing Spark: the same set-up StandaloneClusterTest starts.
#   deploy/spark/local-cluster.sh start [MASTER_PORT]   prints the master URL (default port 7077; its web UI,
#                                                     where the worker's registration is read, at MASTER_PORT + 1)
#   deploy/spark/local-cluster.sh stop
# State (pids, logs, the worker's SPARK_HOME and work folder) lives in ${FUNDTRACE_CLUSTER_DIR:-/tmp/fundtrace-cluster}.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state=${FUNDTRACE_CLUSTER_DIR:-/tmp/fundtrace-cluster}
lib="$root/cli/target/lib"

stop() {
  for name in worker master; do
    if [ -f "$state/$name.pid" ]; then
      pid=$(cat "$state/$name.pid")
      # the worker's executors are its children: stop them with it
      pkill -TERM -P "$pid" 2>/dev/null || true
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$state/$name.pid"
    fi
  done
}

case "${1:-}" in
  start)
    port=${2:-7077}
    [ -d "$lib" ] || { echo "no $lib: run bin/fundtrace once (it builds the project)" >&2; exit 1; }
    mkdir -p "$state/spark-home" "$state/work"
    # a worker launches executors with SPARK_HOME/jars/* as their class path
    ln -sfn "$lib" "$state/spark-home/jars"
    flags=$(sed -n 's:.*<jvm.flags>\(.*\)</jvm.flags>.*:\1:p' "$root/pom.xml")
    # shellcheck disable=SC2086
    nohup java $flags -Xmx256m -cp "$lib/*" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port "$((port + 1))" >"$state/master.log" 2>&1 &
    echo $! >"$state/master.pid"
    # shellcheck disable=SC2086
    SPARK_HOME="$state/spark-home" SPARK_SCALA_VERSION=2.13 nohup java $flags -Xmx256m -cp "$lib/*" \
      org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$port" --host 127.0.0.1 --webui-port 0 \
      --cores "${FUNDTRACE_WORKER_CORES:-2}" --memory "${FUNDTRACE_WORKER_MEMORY:-2g}" --work-dir "$state/work" \
      >"$state/worker.log" 2>&1 &
    echo $! >"$state/worker.pid"
    for _ in $(seq 1 120); do
      # the jars log through slf4j-nop, so the master's status page says when the worker has registered
      if curl -fsS "http://127.0.0.1:$((port + 1))/json/" 2>/dev/null | grep -Eq '"aliveworkers" *: *[1-9]'; then
        echo "spark://127.0.0.1:$port"
        exit 0
      fi
      sleep 0.5
    done
    echo "the worker did not register within 60 s; see $state/master.log and $state/worker.log" >&2
    stop
    exit 1
    ;;
  stop) stop ;;
  *) echo "usage: $0 start [MASTER_PORT] | stop" >&2; exit 2 ;;
esac
