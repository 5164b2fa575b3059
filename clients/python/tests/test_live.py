"""The Python client against a live gateway in front of a fake upstream replaying recorded OpenAI
traffic. Run through clients/testing/stack.py, which provides the environment read below; without
it every test fails (the gateway cannot be reached), none is skipped.

    /usr/bin/python3 clients/testing/stack.py run -- /usr/bin/python3 -m unittest discover -s clients/python/tests
"""

import json
import os
import pathlib
import subprocess
import sys
import time
import unittest
import uuid
from decimal import ROUND_HALF_UP, Decimal

import grpc
from google.protobuf import struct_pb2

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import switchboard  # noqa: E402
from switchboard.v1 import access_admin_pb2, chat_pb2, limit_admin_pb2, provider_admin_pb2  # noqa: E402

EXPECTED = json.loads((HERE.parents[1] / "testing" / "expected.json").read_text())


def env(name):
    value = os.environ.get(name)
    if not value:
        raise AssertionError("%s is not set: run this suite through clients/testing/stack.py" % name)
    return value


def tool(name):
    parameters = struct_pb2.Struct()
    parameters.update({"type": "object"})
    return chat_pb2.Tool(type="function", name=name, parameters=parameters)


class LiveGatewayTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = switchboard.Client(env("SWITCHBOARD_TARGET"), env("SWITCHBOARD_KEY"), timeout=20)
        cls.provider = cls.client.create_provider(provider_admin_pb2.Provider(
            name=EXPECTED["provider"], preset="custom", base_url=env("UPSTREAM_BASE_URL"),
            api_key=env("UPSTREAM_API_KEY")))

    @classmethod
    def tearDownClass(cls):
        cls.client.close()

    def test_create_provider_stores_it_with_the_key_masked(self):
        self.assertEqual(self.provider.name, EXPECTED["provider"])
        self.assertTrue(self.provider.id)
        self.assertEqual(self.provider.api_key, "")
        self.assertEqual(self.provider.api_key_masked, "****" + env("UPSTREAM_API_KEY")[-4:])
        self.assertEqual(self.client.get_provider(EXPECTED["provider"]).base_url, env("UPSTREAM_BASE_URL"))

    def test_list_presets_names_the_built_in_presets(self):
        presets = {p.name: p for p in self.client.list_presets()}
        self.assertTrue(set(EXPECTED["presets"]) <= presets.keys(), presets.keys())
        self.assertEqual(presets["openai"].api_format, "openai")

    def test_list_models_names_the_upstream_models_under_the_provider(self):
        ids = [m.id for m in self.client.list_models()]
        self.assertTrue(set(EXPECTED["models"]) <= set(ids), ids)

    def test_unary_chat_returns_the_recorded_completion(self):
        want = EXPECTED["unary"]
        res = self.client.create_chat_completion(switchboard.chat_request(want["model"], "Invent a holiday"))
        text = res.choices[0].message.content[0].text
        self.assertTrue(text.startswith(want["text_starts_with"]), text[:80])
        self.assertTrue(text.endswith(want["text_ends_with"]), text[-80:])
        self.assertEqual(res.choices[0].finish_reason, chat_pb2.FINISH_REASON_STOP)
        self.assertEqual(usage(res.usage), want["usage"])
        self.assertEqual(res.gateway.provider, EXPECTED["provider"])

    def test_stream_delivers_every_chunk_in_order_with_usage_last(self):
        want = EXPECTED["stream"]
        request = switchboard.chat_request(want["model"], "Weather?",
                                           stream_options=chat_pb2.StreamOptions(include_usage=True))
        with self.client.stream_chat_completion(request) as stream:
            chunks = list(stream)
        deltas = [c.delta.content for chunk in chunks for c in chunk.choices if c.delta.content]
        self.assertEqual(deltas, want["deltas"])
        self.assertEqual(chunks[0].gateway.provider, EXPECTED["provider"])
        self.assertEqual(chunks[-2].choices[0].finish_reason, chat_pb2.FINISH_REASON_STOP)
        self.assertEqual(len(chunks[-1].choices), 0)
        self.assertEqual(usage(chunks[-1].usage), want["usage"])

    def test_tool_calls_stream_and_their_results_go_back(self):
        want = EXPECTED["tool_stream"]
        request = switchboard.chat_request(want["model"], "Weather in Edinburgh and the AAPL price?",
                                           tools=[tool(c["name"]) for c in want["calls"]])
        calls, finish = {}, []
        for chunk in self.client.stream_chat_completion(request):
            for choice in chunk.choices:
                if choice.finish_reason:
                    finish.append(choice.finish_reason)
                for fragment in choice.delta.tool_calls:
                    call = calls.setdefault(fragment.index, chat_pb2.ToolCall(index=fragment.index))
                    call.id = fragment.id or call.id
                    call.type = fragment.type or call.type
                    call.name = fragment.name or call.name
                    call.arguments += fragment.arguments
        self.assertEqual(finish, [chat_pb2.FINISH_REASON_TOOL_CALLS])
        self.assertEqual([(c.index, c.id, c.name, json.loads(c.arguments)) for c in calls.values()],
                         [(c["index"], c["id"], c["name"], c["arguments"]) for c in want["calls"]])

        # The results go back with the ids the model gave; the fake upstream refuses a result whose
        # id answers no call, so a client that loses the ids fails here.
        def answer(ids):
            turn = list(request.messages) + [chat_pb2.Message(role=chat_pb2.ROLE_ASSISTANT,
                                                              tool_calls=list(calls.values()))]
            turn += [chat_pb2.Message(role=chat_pb2.ROLE_TOOL, tool_call_id=i,
                                      content=[chat_pb2.ContentPart(text='{"ok": true}')]) for i in ids]
            return self.client.create_chat_completion(chat_pb2.ChatCompletionRequest(model=want["model"],
                                                                                     messages=turn))

        reply = answer([c.id for c in calls.values()])
        self.assertTrue(reply.choices[0].message.content[0].text.startswith(EXPECTED["unary"]["text_starts_with"]))
        with self.assertRaises(switchboard.InvalidRequestError):
            answer(["call_that_was_never_made"])

    def test_unknown_model_raises_not_found_with_the_error_info(self):
        want = EXPECTED["unknown_model"]
        for call in (lambda r: self.client.create_chat_completion(r),
                     lambda r: list(self.client.stream_chat_completion(r))):
            with self.assertRaises(switchboard.NotFoundError) as caught:
                call(switchboard.chat_request(want["model"], "hi"))
            e = caught.exception
            self.assertIsInstance(e, switchboard.SwitchboardError)
            self.assertEqual(e.code, grpc.StatusCode.NOT_FOUND)
            self.assertEqual(e.reason, want["reason"])
            self.assertEqual(e.domain, "switchboard")
            self.assertEqual(e.metadata["code"], want["code"])
            self.assertEqual(e.metadata["http_status"], want["http_status"])
            self.assertIn(want["model"], e.message)

    def test_a_member_key_runs_inference_is_refused_admin_calls_and_stops_when_revoked(self):
        name = "member-" + uuid.uuid4().hex
        member = self.client.create_user(access_admin_pb2.User(name=name, role="member"))
        self.addCleanup(self.client.delete_user, name)
        self.assertEqual(member.role, "member")
        created = self.client.create_key(access_admin_pb2.ApiKey(user=name, name="suite"))
        self.assertTrue(created.secret.startswith("sb-"), created.key.prefix)
        self.assertTrue(created.secret.startswith(created.key.prefix))
        self.assertEqual(created.key.user, name)

        want = EXPECTED["unary"]
        with switchboard.Client(env("SWITCHBOARD_TARGET"), created.secret, timeout=20) as as_member:
            # The suite's provider was created with the admin key, so it is shared: a member routes to it.
            res = as_member.create_chat_completion(switchboard.chat_request(want["model"], "Invent a holiday"))
            text = res.choices[0].message.content[0].text
            self.assertTrue(text.startswith(want["text_starts_with"]), text[:80])
            self.assertTrue(text.endswith(want["text_ends_with"]), text[-80:])
            self.assertEqual(res.choices[0].finish_reason, chat_pb2.FINISH_REASON_STOP)
            self.assertEqual(usage(res.usage), want["usage"])
            self.assertEqual(res.gateway.provider, EXPECTED["provider"])

            caller = as_member.get_caller()
            self.assertEqual((caller.user_name, caller.user_id, caller.role, caller.credential),
                             (name, member.id, "member", "api_key"))
            self.assertEqual((caller.key_id, caller.key_prefix), (created.key.id, created.key.prefix))

            # Creating users is for admins only.
            with self.assertRaises(switchboard.PermissionDeniedError) as caught:
                as_member.create_user(access_admin_pb2.User(name=name + "-friend"))
            e = caught.exception
            self.assertEqual(e.code, grpc.StatusCode.PERMISSION_DENIED)
            self.assertEqual((e.reason, e.domain, e.metadata["http_status"]), ("PERMISSION_DENIED", "switchboard", "403"))

            self.assertEqual(self.client.revoke_key(created.key.id).state, "revoked")
            with self.assertRaises(switchboard.AuthenticationError) as caught:
                as_member.create_chat_completion(switchboard.chat_request(want["model"], "Invent a holiday"))
            self.assertEqual(caught.exception.code, grpc.StatusCode.UNAUTHENTICATED)
            self.assertEqual(caught.exception.domain, "switchboard")

    def test_a_member_reads_their_own_usage_after_a_call(self):
        name = "member-" + uuid.uuid4().hex
        self.client.create_user(access_admin_pb2.User(name=name, role="member"))
        self.addCleanup(self.client.delete_user, name)
        created = self.client.create_key(access_admin_pb2.ApiKey(user=name, name="usage"))

        want = EXPECTED["unary"]
        with switchboard.Client(env("SWITCHBOARD_TARGET"), created.secret, timeout=20) as as_member:
            res = as_member.create_chat_completion(switchboard.chat_request(want["model"], "Invent a holiday"))
            provider, model, used = res.gateway.provider, res.gateway.upstream_model, res.usage

            # The ledger writes in batches (every 250 ms by default): poll until the request is in.
            def usage_if_there():
                u = as_member.get_usage(group_by=["model"], granularity="hour")
                return u if any(b.model == model for b in u.buckets) else None

            record = poll("the request in list_usage_records", lambda: next(
                (r for r in as_member.list_usage_records().records if r.model == model), None))
            usage = poll("the request in get_usage", usage_if_there)

            # A fresh member: this one request is all their usage, whatever else the suite ran.
            self.assertEqual(usage.totals.requests, 1)
            bucket = next(b for b in usage.buckets if b.model == model)
            self.assertGreaterEqual(bucket.totals.requests, 1)
            self.assertEqual(bucket.totals.errors, 0)
            self.assertEqual((bucket.totals.prompt_tokens, bucket.totals.completion_tokens),
                             (used.prompt_tokens, used.completion_tokens))

            self.assertEqual((record.ingress, record.usage_source), ("grpc", "reported"))
            self.assertEqual((record.prompt_tokens, record.completion_tokens),
                             (used.prompt_tokens, used.completion_tokens))
            self.assertEqual((record.provider, record.requested_model, record.user, record.key_id),
                             (provider, want["model"], name, created.key.id))
            self.assertFalse(record.stream)
            self.assertEqual(record.error_kind, "")

            # Every role reads the prices; the request was charged at the one in force for its model.
            prices = as_member.list_prices()
            self.assertRegex(prices.table_checked, r"^\d{4}-\d{2}-\d{2}$")
            price = next(p for p in prices.prices if p.model == model and p.provider in (provider, "*"))
            self.assertEqual(record.cached_tokens + record.reasoning_tokens, 0)
            self.assertTrue(record.HasField("cost_nanos"), record.cost_note)
            micro_usd = Decimal(price.input) * used.prompt_tokens + Decimal(price.output) * used.completion_tokens
            self.assertEqual(record.cost_nanos, int((micro_usd * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)))

            # Limits are set by admins and operators only.
            with self.assertRaises(switchboard.PermissionDeniedError) as caught:
                as_member.set_limits("user", name, limit_admin_pb2.LimitPolicy(requests_per_minute=1000))
            self.assertEqual((caught.exception.code, caught.exception.reason),
                             (grpc.StatusCode.PERMISSION_DENIED, "PERMISSION_DENIED"))

    def test_users_and_keys_round_trip_through_the_wrapper(self):
        name = "member-" + uuid.uuid4().hex
        self.client.create_user(access_admin_pb2.User(name=name))
        self.addCleanup(self.client.delete_user, name)
        self.assertEqual(self.client.get_user(name).role, "member")
        self.assertIn(name, [u.name for u in self.client.list_users()])
        updated = self.client.update_user(name, access_admin_pb2.User(email=name + "@example.com", role="viewer"),
                                          update_mask=["email"])
        self.assertEqual((updated.email, updated.role), (name + "@example.com", "member"))

        first = self.client.create_key(access_admin_pb2.ApiKey(user=name, name="rotating"))
        self.assertEqual(self.client.get_key(first.key.id).prefix, first.key.prefix)
        self.assertEqual([k.id for k in self.client.list_keys(user=name)], [first.key.id])

        # A grace period keeps the old secret working next to the new one; none stops it at once.
        second = self.client.rotate_key(first.key.id, grace_period=300)
        third = self.client.rotate_key(second.key.id)
        for secret, works in ((first.secret, True), (second.secret, False), (third.secret, True)):
            with switchboard.Client(env("SWITCHBOARD_TARGET"), secret, timeout=20) as as_member:
                if works:
                    self.assertEqual(as_member.get_caller().user_name, name)
                else:
                    with self.assertRaises(switchboard.AuthenticationError):
                        as_member.get_caller()
        self.assertEqual({k.id: k.state for k in self.client.list_keys(user=name, include_inactive=True)},
                         {first.key.id: "active", second.key.id: "revoked", third.key.id: "active"})

        with self.assertRaises(switchboard.NotFoundError):
            self.client.get_user(name + "-nobody")

    def test_a_passed_deadline_raises_a_timeout_error(self):
        with self.assertRaises(switchboard.DeadlineExceededError) as caught:
            self.client.create_chat_completion(switchboard.chat_request(EXPECTED["slow_model"], "hi"), timeout=0.5)
        self.assertIsInstance(caught.exception, TimeoutError)
        self.assertEqual(caught.exception.code, grpc.StatusCode.DEADLINE_EXCEEDED)

    def test_a_wrong_key_raises_an_authentication_error(self):
        with switchboard.Client(env("SWITCHBOARD_TARGET"), "sb-wrong-key-0123456789abcdef") as stranger:
            with self.assertRaises(switchboard.AuthenticationError) as caught:
                stranger.list_models()
        self.assertEqual(caught.exception.code, grpc.StatusCode.UNAUTHENTICATED)

    def test_an_unreachable_gateway_raises_unavailable(self):
        with switchboard.Client("127.0.0.1:1", "sb-any-key-0123456789abcdef", timeout=5) as nowhere:
            with self.assertRaises(switchboard.UnavailableError):
                nowhere.list_presets()

    def test_the_readme_example_prints_the_streamed_answer(self):
        out = subprocess.run([sys.executable, str(HERE.parent / "examples" / "stream_chat.py"), "Weather?"],
                             env=dict(os.environ, SWITCHBOARD_MODEL=EXPECTED["stream"]["model"]),
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stdout, EXPECTED["stream"]["text"] + "\n")
        self.assertIn("[%d tokens]" % EXPECTED["stream"]["usage"]["total_tokens"], out.stderr)


def poll(what, read, seconds=10):
    """Calls read until it returns something other than None, for up to seconds."""
    deadline = time.monotonic() + seconds
    while True:
        found = read()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("%s: not there after %d s" % (what, seconds))
        time.sleep(0.1)


def usage(u):
    return {"prompt_tokens": u.prompt_tokens, "completion_tokens": u.completion_tokens,
            "total_tokens": u.total_tokens}


if __name__ == "__main__":
    unittest.main()
