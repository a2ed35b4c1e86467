#!/bin/sh
echo "Hello from a container built by koji container-build!"
cat /etc/hello-release
