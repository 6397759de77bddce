#!/usr/bin/env bash
# A real scheduler, on this machine: starts a private single-node Slurm (munged + slurmctld +
# slurmd, all state in a temporary directory, a munge key made here), submits the analysis as an
# array job (`sbatch --array=1-N`, one shard per task), waits, merges the shards' JSONL and checks
# it is exactly the single run's output. Stops every daemon it started, whatever happens.
#   usage: scripts/slurm-smoke.sh [N shards, default 3]
# Needs slurm-wlm and munge (Debian: apt-get install -y slurm-wlm munge); run from the repo root.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARDS="${1:-3}"
LIMIT="${SLURM_SMOKE_TIMEOUT:-600}"
NOW=2026-01-01T00:00:00Z
started=$(date +%s)

for tool in munged mungekey slurmctld slurmd sbatch sinfo; do
  command -v "$tool" >/dev/null || { echo "slurm-smoke: $tool not found (apt-get install -y slurm-wlm munge)" >&2; exit 2; }
done

STATE="$(mktemp -d /tmp/tl-slurm.XXXXXX)"
chmod 755 "$STATE"
mkdir -p "$STATE/munge" "$STATE/spool" "$STATE/ctld" "$STATE/out"
chmod 700 "$STATE/munge"
pids=()
stop() {
  local status=$?
  # Only the daemons this script started, by their process ids.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    echo "slurm-smoke: failed; daemon logs follow" >&2
    tail -n 20 "$STATE"/*.log "$STATE"/out/*.log 2>/dev/null >&2 || true
  fi
  rm -rf "$STATE"
  exit "$status"
}
trap stop EXIT INT TERM

# munge: a key made here, a private socket; slurm is pointed at it through AuthInfo.
mungekey --create --keyfile="$STATE/munge/munge.key" >/dev/null 2>&1 ||
  dd if=/dev/urandom of="$STATE/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$STATE/munge/munge.key"
munged --force --key-file="$STATE/munge/munge.key" --socket="$STATE/munge/munge.sock" \
  --pid-file="$STATE/munge/munged.pid" --log-file="$STATE/munged.log" --seed-file="$STATE/munge/seed" --foreground >>"$STATE/munged.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$STATE/munge/munge.sock" ] && break; sleep 0.1; done

NODE="$(hostname -s)"
CPUS="$(nproc)"
# Ports away from Slurm's defaults so a real installation on the machine is not disturbed.
PORT=$((20000 + RANDOM % 20000))
cat >"$STATE/slurm.conf" <<CONF
ClusterName=therapylens-smoke
SlurmctldHost=$NODE
SlurmctldPort=$PORT
SlurmdPort=$((PORT + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$STATE/munge/munge.sock
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmdTimeout=60
NodeName=$NODE CPUs=$CPUS State=UNKNOWN
PartitionName=smoke Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$STATE/slurm.conf"
slurmctld -D -i -f "$SLURM_CONF" >>"$STATE/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -N "$NODE" -f "$SLURM_CONF" >>"$STATE/slurmd.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break
  sleep 0.2
done
sinfo -h -o '%T' | grep -qE '^(idle|mixed|allocated)' || { echo "slurm-smoke: the node did not come up" >&2; exit 1; }
echo "slurm-smoke: single-node Slurm up ($(sinfo -h -o '%N %c CPUs %T'))"

# Inputs: an archive of the fixture pages plus a few HTML files.
npx tsx scripts/make-warc.ts "$STATE/crawl.warc.gz" tests/fixtures/pages/*.html
{ echo "$STATE/crawl.warc.gz"; ls tests/cli/fixtures/*.html; } >"$STATE/inputs.txt"

echo "slurm-smoke: sbatch --array=1-$SHARDS"
job=$(TL_INPUTS="$STATE/inputs.txt" TL_OUT_DIR="$STATE/out" TL_NOW="$NOW" \
  sbatch --parsable --array="1-$SHARDS" --output="$STATE/out/shard-%a.log" --export=ALL \
  scripts/slurm/analyze-shard.sbatch)
echo "slurm-smoke: job $job submitted"
deadline=$((started + LIMIT))
while squeue -h -j "$job" 2>/dev/null | grep -q .; do
  if [ "$(date +%s)" -gt "$deadline" ]; then
    echo "slurm-smoke: timed out after ${LIMIT}s" >&2
    scancel "$job" || true
    exit 1
  fi
  sleep 1
done
for k in $(seq "$SHARDS"); do
  [ -s "$STATE/out/shard-$k.jsonl" ] || { echo "slurm-smoke: shard $k wrote nothing" >&2; exit 1; }
  tail -n 1 "$STATE/out/shard-$k.log"
done

cat "$STATE"/out/shard-*.jsonl | sort >"$STATE/merged.jsonl"
node --import tsx cli/analyze.ts --format jsonl --now "$NOW" --urls "$STATE/inputs.txt" 2>/dev/null |
  sort >"$STATE/single.jsonl"
merged=$(wc -l <"$STATE/merged.jsonl")
single=$(wc -l <"$STATE/single.jsonl")
unique=$(sort -u "$STATE/merged.jsonl" | wc -l)
if ! cmp -s "$STATE/merged.jsonl" "$STATE/single.jsonl" || [ "$unique" -ne "$merged" ]; then
  echo "slurm-smoke: FAILED: $SHARDS shards gave $merged reports ($unique distinct), the single run $single" >&2
  exit 1
fi
echo "slurm-smoke: OK: $SHARDS Slurm array tasks gave exactly the single run's $single reports ($(($(date +%s) - started)) s)"
