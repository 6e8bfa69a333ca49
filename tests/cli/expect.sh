# Helpers of the CLI's shell tests (sourced): each runs or checks, and counts failures in $failures.
# Needs $tmp (a scratch folder) set by the test.
failures=0

# expect CODE DESCRIPTION -- COMMAND...: runs COMMAND, stdout+stderr to $tmp/out, checks the code.
expect() {
  local want=$1 what=$2
  shift 3
  "$@" >"$tmp/out" 2>&1
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  | /' "$tmp/out"; failures=$((failures + 1))
  fi
}
# contains TEXT DESCRIPTION: the last output contains TEXT.
contains() {
  if ! grep -qF -- "$1" "$tmp/out"; then
    echo "FAIL: $2: output lacks '$1'"; sed 's/^/  | /' "$tmp/out"; failures=$((failures + 1))
  fi
}

# lacks TEXT DESCRIPTION: the last output does not contain TEXT.
lacks() {
  if grep -qF -- "$1" "$tmp/out"; then
    echo "FAIL: $2: output has '$1'"; sed 's/^/  | /' "$tmp/out"; failures=$((failures + 1))
  fi
}
