#!/usr/bin/env python3
"""Closed-loop load on a Koji hub, the way the upstream figures in docs/benchmarks.md were taken:
each client is its own process with one persistent HTTP connection, sends a call, waits for the
answer, sends the next. Prints one JSON line: calls/s, latency percentiles, errors.

Usage: hub_load.py URL WORKLOAD CLIENTS SECONDS WARMUP [USER PASSWORD]
  WORKLOAD: getTaskInfo:<task id>  (anonymous getTaskInfo(id, True))
            buildContainer         (logged in as USER, one session per client)
"""
import http.client
import json
import multiprocessing
import sys
import time
import urllib.parse
import xmlrpc.client


def call_body(method, params):
    return xmlrpc.client.dumps(tuple(params), method, allow_none=True).encode()


def post(conn, path, body, headers):
    conn.request('POST', path, body, headers)
    response = conn.getresponse()
    data = response.read()
    if response.status != 200:
        raise RuntimeError('HTTP %d' % response.status)
    return data


def client(url, workload, seconds, warmup, user, password, results):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port)
    headers = {'Content-Type': 'text/xml', 'User-Agent': 'koji/1'}
    session = None
    callnum = 0
    if workload == 'buildContainer':
        reply = post(conn, parts.path, call_body('login', [user, password, {'opts': None, '__starstar': True}]),
                     headers)
        session = xmlrpc.client.loads(reply)[0][0]
        body = call_body('buildContainer', ['git://git.example.com/containers/hello#abc123', 'container-candidate',
                                            {'git_branch': 'main'}])
    else:
        task_id = int(workload.split(':')[1])
        body = call_body('getTaskInfo', [task_id, True])
    latencies = []
    errors = 0
    start = time.monotonic()
    measure_from = start + warmup
    end = measure_from + seconds
    while True:
        now = time.monotonic()
        if now >= end:
            break
        if session:
            headers['Koji-Session-Id'] = str(session['session-id'])
            headers['Koji-Session-Key'] = session['session-key']
            headers['Koji-Session-Callnum'] = str(callnum)
            callnum += 1
        try:
            data = post(conn, parts.path, body, headers)
            if b'<fault>' in data:
                errors += 1
        except Exception:
            errors += 1
            conn = http.client.HTTPConnection(parts.hostname, parts.port)
        done = time.monotonic()
        if now >= measure_from:
            latencies.append(done - now)
    results.put((latencies, errors))


def main():
    url, workload, clients, seconds, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), \
        float(sys.argv[5])
    user, password = (sys.argv[6], sys.argv[7]) if len(sys.argv) > 7 else (None, None)
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=client, args=(url, workload, seconds, warmup, user, password, results))
             for _ in range(clients)]
    for p in procs:
        p.start()
    latencies, errors = [], 0
    for _ in procs:
        l, e = results.get()
        latencies.extend(l)
        errors += e
    for p in procs:
        p.join()
    latencies.sort()
    n = len(latencies)
    pick = lambda q: round(latencies[min(n - 1, int(q * n))] * 1000, 2) if n else None
    print(json.dumps({'workload': workload.split(':')[0], 'clients': clients, 'calls': n,
                      'calls_per_s': round(n / seconds, 1), 'p50_ms': pick(0.50), 'p99_ms': pick(0.99),
                      'errors': errors}), flush=True)


if __name__ == '__main__':
    main()
