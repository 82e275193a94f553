"""Notebooks executed by papermill in warm kernels: one kernel per worker process, reused.

Starting a kernel and importing pandas, matplotlib, seaborn and the package costs more than
most of our notebooks. A worker therefore keeps its kernel from one notebook to the next and,
before each, gives it what a fresh kernel would have (`FRESH_START`): an empty namespace,
execution count 1, matplotlib's settings and the warning filters as at start, the notebook's
folder as working directory. Only the imported modules stay loaded. Everything else is
papermill's: the cell injected after the `parameters` cell, the explicit kernel name and cell
timeout, the error markers and `PapermillExecutionError`. After a notebook fails, times out or
kills its kernel, the worker starts a new kernel for the next one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from multiprocessing import util
from pathlib import Path
from typing import Any

ENGINE = "warm-kernel"
START_TIMEOUT = 60  # seconds for a kernel to answer after its start
# No SQLite input history: a batch run never reads it back, and it costs writes every cell.
KERNEL_ARGUMENTS = ["--HistoryManager.enabled=False"]

# Run silently before each notebook. It removes the names it defines itself, like every other
# name of the user namespace; the warning filters of the kernel's start are kept on the shell.
FRESH_START = """\
def _fresh_start(ip, cwd):
    import os, sys, warnings
    for name in [n for n in ip.user_ns if n not in ip.user_ns_hidden]:
        del ip.user_ns[name]
    ip.history_manager.reset(new_session=True)
    ip.execution_count = 1
    filters = ip.__dict__.setdefault("_fresh_start_filters", list(warnings.filters))
    warnings.resetwarnings()  # also forgets which warnings were already shown once
    warnings.filters[:] = filters
    warnings.onceregistry.clear()
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    if "matplotlib" in sys.modules:
        sys.modules["matplotlib"].rc_file_defaults()
    os.chdir(cwd)
_fresh_start(get_ipython(), {cwd!r})
"""


class WarmKernel:
    """A kernel on Unix sockets of its own, its stderr in `log`, and a client to it."""

    def __init__(self, name: str, log: Path) -> None:
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self._sockets = tempfile.TemporaryDirectory(prefix="nato-kernel-")
        self.log = log
        self._log = open(log, "wb")  # noqa: SIM115 - open as long as the kernel runs
        self.km = AsyncKernelManager(kernel_name=name, transport="ipc",
                                     ip=str(Path(self._sockets.name) / "kernel"))
        run_sync(self.km.start_kernel)(extra_arguments=KERNEL_ARGUMENTS, stdout=self._log,
                                       stderr=self._log)
        self.kc = self.km.client()
        self.kc.start_channels()
        self._ready = False

    def fresh_start(self, cwd: Path, timeout: int) -> None:
        """Give the kernel a fresh namespace (see FRESH_START); RuntimeError if it cannot."""
        from jupyter_core.utils import run_sync

        if not self._ready:
            run_sync(self.kc.wait_for_ready)(timeout=START_TIMEOUT)
            self._ready = True
        reply = run_sync(self.kc.execute_interactive)(
            FRESH_START.format(cwd=str(cwd)), silent=True, store_history=False,
            allow_stdin=False, timeout=timeout, output_hook=lambda msg: None)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"the kernel could not be reset: {reply['content'].get('evalue')}")

    def stop(self) -> None:
        """Shut the kernel down and remove its sockets."""
        from jupyter_core.utils import run_sync

        with contextlib.suppress(Exception):
            self.kc.stop_channels()
            run_sync(self.km.shutdown_kernel)(now=True)
        self._log.close()
        self._sockets.cleanup()


def _warm_engine() -> type:
    """papermill's nbclient engine, executing in the worker's warm kernel instead of a new one."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine

    class WarmEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man: Any, kernel_name: str,
                                     warm: WarmKernel | None = None,
                                     execution_timeout: int | None = None,
                                     log_output: bool = False, **kwargs: Any) -> Any:
            from papermill.log import logger

            assert warm is not None
            client = PapermillNotebookClient(nb_man, km=warm.km, timeout=execution_timeout,
                                             kernel_name=kernel_name, log=logger,
                                             log_output=log_output)
            client.kc = warm.kc  # the running client: nbclient neither starts nor stops one
            return client.execute()

    return WarmEngine


class Worker:
    """One worker's kernel: started at once, reused, replaced after a failure."""

    def __init__(self, kernel: str, timeout: int, logs: Path) -> None:
        self.kernel_name, self.timeout, self.logs = kernel, timeout, logs
        self.started = 0
        self.kernel: WarmKernel | None = None
        with contextlib.suppress(Exception):  # else the first notebook tries and reports why
            self.kernel = self._new_kernel()

    def _new_kernel(self) -> WarmKernel:
        self.started += 1
        return WarmKernel(self.kernel_name, self.logs / f"kernel-{os.getpid()}-{self.started}.log")

    def _retire(self, log: Path | None) -> None:
        """Stop the kernel; its stderr goes to `log` (the failed notebook's) or is dropped."""
        if self.kernel is None:
            return
        self.kernel.stop()
        if log is not None:
            with open(log, "ab") as out, open(self.kernel.log, "rb") as err:
                shutil.copyfileobj(err, out)
        self.kernel.log.unlink(missing_ok=True)
        self.kernel = None

    def execute(self, notebook: Path, output: Path, parameters: dict[str, Any], log: Path) -> str:
        """Run `notebook` into `output` with papermill; the error ('' when it ran) as text."""
        import papermill
        from papermill.exceptions import PapermillExecutionError

        error = ""
        try:
            if self.kernel is None:
                self.kernel = self._new_kernel()
            try:
                self.kernel.fresh_start(notebook.parent, self.timeout)
            except Exception:  # died since the last notebook: a new kernel is fresh already
                self._retire(log)
                self.kernel = self._new_kernel()
                self.kernel.fresh_start(notebook.parent, self.timeout)
            papermill.execute_notebook(
                str(notebook), str(output), parameters=parameters, kernel_name=self.kernel_name,
                engine_name=ENGINE, execution_timeout=self.timeout, start_timeout=START_TIMEOUT,
                progress_bar=False, request_save_on_cell_execute=False, warm=self.kernel)
        except PapermillExecutionError as exc:
            error = f"{exc.ename}: {exc.evalue}"
        except Exception as exc:  # kernel died, timeout, bad notebook
            error = f"{type(exc).__name__}: {exc}"
        if error:
            self._retire(log)  # whatever the notebook left behind goes with its kernel
        return error

    def close(self) -> None:
        """Stop the kernel at the worker's exit."""
        self._retire(None)


_worker: Worker | None = None


def _environment(pythonpath: str) -> None:
    """What the kernels need: the package on PYTHONPATH, a non-interactive matplotlib backend."""
    from papermill.engines import papermill_engines

    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (pythonpath, os.environ.get("PYTHONPATH", "")) if p)
    os.environ.setdefault("MPLBACKEND", "agg")
    papermill_engines.register(ENGINE, _warm_engine())


def start_worker(kernel: str, timeout: int, logs: Path, pythonpath: str) -> None:
    """Process-pool initializer: start this worker's kernel at once (it boots while the pool
    hands out the first notebooks)."""
    global _worker
    _environment(pythonpath)
    _worker = Worker(kernel, timeout, logs)
    util.Finalize(None, _worker.close, exitpriority=10)  # runs when the worker process ends


def execute(notebook: Path, output: Path, parameters: dict[str, Any], log: Path, kernel: str,
            timeout: int, pythonpath: str) -> str:
    """Run one notebook with papermill; '' or the error. In a worker started by `start_worker`
    its warm kernel runs it; anywhere else, a kernel started for this notebook and then stopped."""
    if _worker is not None and (_worker.kernel_name, _worker.timeout) == (kernel, timeout):
        return _worker.execute(notebook, output, parameters, log)
    _environment(pythonpath)
    once = Worker(kernel, timeout, log.parent)
    try:
        return once.execute(notebook, output, parameters, log)
    finally:
        once.close()
