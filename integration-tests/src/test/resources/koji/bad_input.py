#!/usr/bin/env python3
"""One kind of bad input sent to a hub the way a Koji client would send it, then a normal call, to show
the hub answered the bad input with a fault (or an HTTP error) and kept serving. Prints `answer` (the
fault as FAULT <code> <text>, or the HTTP status and text) and `then` (what the normal call answered).

usage: bad_input.py HUB_URL CASE USER PASSWORD SRC TARGET HOST PASSWORD OTHER_HOST PASSWORD
"""
import sys
import xmlrpc.client

from koji_session import KojiSession, report, report_call

url, case, user, password, src, target, host, host_password, other_host, other_password = sys.argv[1:11]
OPTS = {'git_branch': 'main'}


def logged_in():
    session = KojiSession(url)
    session.login(user, password)
    return session


def then_anonymous():
    report_call('then', lambda: KojiSession(url).call('getAPIVersion'))


def then_as(session):
    # the same session, with the next call number: the bad call did not break it
    report_call('then', lambda: session.call('getLoggedInUser')['name'])


def anonymous_build():
    report_call('answer', lambda: KojiSession(url).call('buildContainer', src, target, OPTS))
    then_anonymous()


def unknown_opt():
    session = logged_in()
    opts = dict(OPTS, no_such_option=True)
    report_call('answer', lambda: session.call('buildContainer', src, target, opts))
    then_as(session)


def several_bad_opts():
    session = logged_in()
    opts = {'scratch': 'yes', 'isolated': True, 'arch_override': 'x86_64', 'no_such_option': 1}
    report_call('answer', lambda: session.call('buildContainer', src, target, opts))
    then_as(session)


def negative_priority():
    # a fourth positional argument, as in the upstream reference
    session = logged_in()
    report_call('answer', lambda: session.call('buildContainer', src, target, OPTS, -1))
    then_as(session)


def bad_keyword():
    session = logged_in()
    report_call('answer', lambda: session.call('buildContainer', src, target, OPTS, bogus=1))
    then_as(session)


def unknown_method():
    session = KojiSession(url)
    report_call('answer', lambda: session.call('noSuchMethod', 1))
    report_call('then', lambda: session.call('getAPIVersion'))


def host_call_from_user():
    session = logged_in()
    report_call('answer', lambda: session.call('host.getID'))
    then_as(session)


def builder(name, secret):
    session = KojiSession(url)
    session.login(name, secret)
    session.call('exclusiveSession', force=False)
    return session


def other_hosts_task():
    # the maintainer submits; the first builder takes the task; the second tries to finish it
    submitter = logged_in()
    submitted = submitter.call('buildContainer', src, target, OPTS)
    owner = builder(host, host_password)
    owner.call('host.updateHost', 0.0, True)
    task_id = owner.call('host.getTasks')[0]['id']
    owner.call('host.openTask', task_id)
    intruder = builder(other_host, other_password)
    report('submitted', submitted)
    report('task', task_id)
    report('intruder', intruder.call('host.getID'))
    done = xmlrpc.client.dumps(({'koji_builds': []},), methodresponse=1, allow_none=1)
    report_call('answer', lambda: intruder.call('host.closeTask', task_id, done))
    report_call('fail_answer', lambda: intruder.call('host.failTask', task_id, xmlrpc.client.dumps(
        xmlrpc.client.Fault(1000, 'not mine'), methodresponse=1, allow_none=1)))
    report_call('then', lambda: intruder.call('host.getID'))
    # the owner still finishes its task
    report_call('owner_closes', lambda: owner.call('host.closeTask', task_id, done))
    report_call('state', lambda: KojiSession(url).call('getTaskInfo', task_id)['state'])
    intruder.logout()
    owner.logout()


def replayed_callnum():
    # a submission whose answer was lost, sent again with the same call number: Koji's RetryError, no
    # second task (a replayed read-only call is not tested: upstream stores call numbers only with a commit)
    session = logged_in()
    report('first', session.call('buildContainer', src, target, OPTS))
    session.callnum -= 1
    report('session', session.sinfo['session-id'])
    report_call('answer', lambda: session.call('buildContainer', src, target, OPTS))
    then_as(session)


def lower_callnum():
    # after call 2 (a submission, so committed) comes call 1: Koji's SequenceError
    session = logged_in()
    session.call('getAPIVersion')
    session.call('getAPIVersion')
    report('first', session.call('buildContainer', src, target, OPTS))
    session.callnum -= 2
    report('session', session.sinfo['session-id'])
    report_call('answer', lambda: session.call('getAPIVersion'))
    session.callnum += 1
    then_as(session)


def http_answer(session, body, content_type='text/xml'):
    status, data = session.post(session.url.path, body, {'User-Agent': 'koji/1', 'Content-Type': content_type})
    return 'HTTP %d %s' % (status, data.decode('utf-8', 'replace').splitlines()[0])


def malformed_body():
    session = KojiSession(url)
    truncated = b"<?xml version='1.0'?>\n<methodCall>\n<methodName>getAPIVersion</methodName>\n<params>\n"
    report('answer', http_answer(session, truncated))
    report('koji_versions', sorted(session.koji_versions))
    # the same connection serves the next call
    report_call('then', lambda: session.call('getAPIVersion'))


def oversized_body():
    session = KojiSession(url)
    padding = b' ' * (4 * 1024 * 1024)
    body = b"<?xml version='1.0'?><methodCall><methodName>getAPIVersion</methodName>" + padding + b'</methodCall>'
    report('answer', http_answer(session, body))
    report('koji_versions', sorted(session.koji_versions))
    report_call('then', lambda: session.call('getAPIVersion'))


def get_request():
    session = KojiSession(url)
    session.conn.request('GET', session.url.path, headers={'User-Agent': 'koji/1'})
    response = session.conn.getresponse()
    data = response.read()
    report('answer', 'HTTP %d %s' % (response.status, data.decode('utf-8').splitlines()[0]))
    report('allow', response.getheader('Allow'))
    report_call('then', lambda: session.call('getAPIVersion'))


CASES = {case.__name__: case for case in (
    anonymous_build, unknown_opt, several_bad_opts, negative_priority, bad_keyword, unknown_method,
    host_call_from_user, other_hosts_task, replayed_callnum, lower_callnum, malformed_body, oversized_body,
    get_request)}
if case not in CASES:
    raise SystemExit('unknown case %r; cases: %s' % (case, ', '.join(sorted(CASES))))
CASES[case]()
