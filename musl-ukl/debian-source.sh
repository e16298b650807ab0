#!/bin/sh
# Download a Debian package without changing the machine's apt setup: a
# private apt configuration and state under DIR, reusing the Debian mirrors
# and keyring that the machine's own apt configuration names.
#
# Usage: debian-source.sh DIR source PACKAGE SUITE     source package files
#        debian-source.sh DIR binary PACKAGE [VERSION] one .deb (VERSION, else
#                                                      the newest, with a warning)
# Files land in DIR/dl; the last line printed is the file for "binary".
set -eu
die() { echo "debian-source.sh: error: $*" >&2; exit 1; }
[ $# -ge 3 ] || { sed -n '2,10s/^# \{0,1\}//p' "$0" >&2; exit 2; }
dir=$1 kind=$2 pkg=$3
case $kind in
source) [ $# = 4 ] || die "source needs PACKAGE SUITE"; suite=$4 ;;
binary) version=${4-} ;;
*) die "unknown kind '$kind' (source or binary)" ;;
esac
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# The machine's Debian repositories: "URI CODENAME", after its apt-get update
repos=$(apt-get indextargets --format '$(REPO_URI) $(CODENAME) $(ORIGIN)' 2>/dev/null |
	awk '$3 == "Debian" { print $1, $2 }' | sort -u)
[ -n "$repos" ] || die "no Debian repository in this machine's apt configuration (run 'apt-get update' first)"
main=$(echo "$repos" | awk '$2 !~ /-/ { print $1; exit }')
[ -n "$main" ] || die "no main Debian suite among: $repos"

# The keyring a repository is signed with: its Signed-By, else Debian's
keyring_of() {
	k=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v uri="${1%/}" '
		/^[ \t]*$/ { if (hit && sb) print sb; hit = 0; sb = ""; next }
		/^URIs:/ { for (i = 2; i <= NF; i++) { u = $i; sub(/\/$/, "", u); if (u == uri) hit = 1 } }
		/^Signed-By:/ { sb = $2 }
		END { if (hit && sb) print sb }' | head -n 1)
	echo "${k:-/usr/share/keyrings/debian-archive-keyring.gpg}"
}

conf=$dir/apt-${suite:-binary}
mkdir -p "$conf/sources" "$conf/lists/partial" "$conf/cache/archives/partial" "$dir/dl"
{
	if [ "$kind" = source ]; then
		printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n' \
			"$main" "$suite" "$(keyring_of "$main")"
	else
		echo "$repos" | while read -r uri codename; do
			printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n\n' \
				"$uri" "$codename" "$(keyring_of "$uri")"
		done
	fi
} > "$conf/sources/debian.sources"

set -- -o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$conf/sources" \
	-o "Dir::State::Lists=$conf/lists" -o "Dir::Cache=$conf/cache" -o Debug::NoLocking=1
[ "$(id -u)" != 0 ] || set -- "$@" -o APT::Sandbox::User=root

apt-get "$@" -q update >"$conf/update.log" 2>&1 ||
	die "apt-get update with the private configuration failed; see $conf/update.log"

cd "$dir/dl"
if [ "$kind" = source ]; then
	apt-get "$@" -q source --download-only "$pkg" >"$conf/get.log" 2>&1 ||
		die "could not download Debian's $pkg source from $suite; see $conf/get.log"
	exit 0
fi
# apt names the file for the version and its digest: 'URI' FILE SIZE SHA256:HEX
uris() { apt-get "$@" -q --print-uris download "$want" 2>"$conf/get.log"; }
want=$pkg${version:+=$version}
if ! line=$(uris "$@"); then
	[ -n "$version" ] || die "apt knows no $pkg; see $conf/get.log"
	echo "debian-source.sh: warning: $pkg $version is no longer on the mirror; taking the newest" >&2
	want=$pkg
	line=$(uris "$@") || die "apt knows no $pkg; see $conf/get.log"
fi
line=$(printf '%s\n' "$line" | awk -v q="'" -v p="${pkg}_" 'substr($0, 1, 1) == q && index($2, p) == 1 { print $2, $4; exit }')
file=${line%% *} sum=${line#* }
case $file in
''|*/*) die "apt named no file for $want; see $conf/get.log" ;;
esac
case $sum in
[Ss][Hh][Aa]256:*) sum=${sum#*:} ;;
*) die "apt gave no SHA256 for $file (got '$sum')" ;;
esac

# a file of that name from an earlier run is kept only if it is intact
sha() { sha256sum < "$1" | cut -d' ' -f1; }
if [ ! -f "$file" ] || [ "$(sha "$file")" != "$sum" ]; then
	rm -f "$file"
	apt-get "$@" -q download "$want" >"$conf/get.log" 2>&1 ||
		die "could not download $want; see $conf/get.log"
	[ -f "$file" ] || die "apt-get download $want wrote no $dir/dl/$file; see $conf/get.log"
	got=$(sha "$file")
	[ "$got" = "$sum" ] ||
		die "$dir/dl/$file: sha256 $got, but apt expects $sum for $want"
fi
echo "$dir/dl/$file"
