// Package local manages diplograph's local Neo4j: Neo4j Community 5.26 run
// embedded by the small Java launcher kept in neo4j/launcher, listening for
// Bolt on 127.0.0.1 with authentication off.
//
// Start builds the launcher with Maven when needed, starts the JVM detached
// (in its own session, so it outlives the command that started it), records
// its process id in a pid file and waits until Bolt answers. Stop shuts it
// down cleanly (SIGTERM, then SIGKILL after a timeout). Status reports
// whether it runs.
//
// Config and EnsureRunning resolve the connection settings of the whole
// project: when NEO4J_URI is set, that (external) server is used and nothing
// is started; otherwise the local instance on 127.0.0.1 (port
// DIPLOGRAPH_NEO4J_PORT, default 7687) is used.
package local

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultPort is the Bolt port of the local Neo4j when neither an option nor
// DIPLOGRAPH_NEO4J_PORT says otherwise.
const DefaultPort = 7687

// DefaultDatabase is the database used when NEO4J_DATABASE is unset; it is
// the only user database of Neo4j Community edition.
const DefaultDatabase = "neo4j"

// ReadyLine is the prefix of the line the launcher prints once the DBMS is up.
const ReadyLine = "diplograph-neo4j ready"

// launcherClass is the launcher's main class.
const launcherClass = "diplograph.neo4j.Launcher"

// Options configure a local Neo4j instance. Zero values select defaults.
type Options struct {
	// Port is the Bolt port on 127.0.0.1 (default: DIPLOGRAPH_NEO4J_PORT or 7687).
	Port int
	// RepoRoot is the diplograph repository root (default: DIPLOGRAPH_ROOT, else
	// found by walking up from the working directory to the go.mod of module
	// diplograph).
	RepoRoot string
	// LauncherDir holds the launcher's pom.xml (default: RepoRoot/neo4j/launcher).
	LauncherDir string
	// DataDir is Neo4j's data directory (default: RepoRoot/.neo4j/data).
	DataDir string
	// LogFile receives Neo4j's log and the JVM's output (default: neo4j.log
	// beside DataDir).
	LogFile string
	// PidFile records the JVM's process id and port (default: neo4j.pid
	// beside DataDir). Use one parent directory per instance.
	PidFile string
	// Heap is the JVM's maximum heap, as for -Xmx (default "1g").
	Heap string
	// PageCache is Neo4j's page cache size (default "64m").
	PageCache string
	// StartTimeout bounds the wait for Bolt to answer (default 120 s, not
	// counting the Maven build).
	StartTimeout time.Duration
	// StopTimeout is how long Stop waits after SIGTERM before SIGKILL
	// (default 60 s).
	StopTimeout time.Duration
	// BuildOutput receives Maven's output (default os.Stderr).
	BuildOutput io.Writer
	// Logger receives progress messages (default slog.Default()).
	Logger *slog.Logger
}

// State describes a local instance as seen by Start and Status.
type State struct {
	// Running is true when Bolt answers on the port.
	Running bool
	// Managed is true when the pid file names a live launcher process.
	Managed bool
	// PID is the launcher's process id (0 when not managed).
	PID int
	// Port is the Bolt port.
	Port int
	// URI is the Bolt URI (bolt://127.0.0.1:PORT).
	URI string
	// DataDir, LogFile and PidFile are the resolved paths.
	DataDir, LogFile, PidFile string
	// Started is true when this call started the process (Start only).
	Started bool
}

// String renders the state on one line for humans.
func (s State) String() string {
	switch {
	case s.Running && s.Managed:
		return fmt.Sprintf("running: %s (pid %d, data %s, log %s)", s.URI, s.PID, s.DataDir, s.LogFile)
	case s.Running:
		return fmt.Sprintf("running: %s (not started from data dir %s)", s.URI, s.DataDir)
	case s.Managed:
		return fmt.Sprintf("not answering: pid %d alive but %s does not answer (log %s)", s.PID, s.URI, s.LogFile)
	default:
		return fmt.Sprintf("stopped (%s, data %s)", s.URI, s.DataDir)
	}
}

// PortFromEnv returns DIPLOGRAPH_NEO4J_PORT when it is a valid port, else DefaultPort.
func PortFromEnv() int {
	if p, err := strconv.Atoi(os.Getenv("DIPLOGRAPH_NEO4J_PORT")); err == nil && p > 0 && p < 65536 {
		return p
	}
	return DefaultPort
}

// resolve fills in defaults.
func (o Options) resolve() (Options, error) {
	if o.Port == 0 {
		o.Port = PortFromEnv()
	}
	if o.Port < 1 || o.Port > 65535 {
		return o, fmt.Errorf("invalid port %d", o.Port)
	}
	if o.RepoRoot == "" && (o.LauncherDir == "" || o.DataDir == "") {
		root, err := FindRepoRoot()
		if err != nil {
			return o, err
		}
		o.RepoRoot = root
	}
	if o.LauncherDir == "" {
		o.LauncherDir = filepath.Join(o.RepoRoot, "neo4j", "launcher")
	}
	if o.DataDir == "" {
		o.DataDir = filepath.Join(o.RepoRoot, ".neo4j", "data")
	}
	var err error
	if o.DataDir, err = filepath.Abs(o.DataDir); err != nil {
		return o, err
	}
	if o.LauncherDir, err = filepath.Abs(o.LauncherDir); err != nil {
		return o, err
	}
	if o.LogFile == "" {
		o.LogFile = filepath.Join(filepath.Dir(o.DataDir), "neo4j.log")
	}
	if o.PidFile == "" {
		o.PidFile = filepath.Join(filepath.Dir(o.DataDir), "neo4j.pid")
	}
	if o.LogFile, err = filepath.Abs(o.LogFile); err != nil {
		return o, err
	}
	if o.PidFile, err = filepath.Abs(o.PidFile); err != nil {
		return o, err
	}
	if o.Heap == "" {
		o.Heap = "1g"
	}
	if o.PageCache == "" {
		o.PageCache = "64m"
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = 120 * time.Second
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = 60 * time.Second
	}
	if o.BuildOutput == nil {
		o.BuildOutput = os.Stderr
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o, nil
}

func (o Options) uri() string { return fmt.Sprintf("bolt://127.0.0.1:%d", o.Port) }

func (o Options) state() State {
	return State{Port: o.Port, URI: o.uri(), DataDir: o.DataDir, LogFile: o.LogFile, PidFile: o.PidFile}
}

// FindRepoRoot returns DIPLOGRAPH_ROOT when set, else the nearest directory,
// from the working directory upwards, whose go.mod declares module diplograph.
func FindRepoRoot() (string, error) {
	if r := os.Getenv("DIPLOGRAPH_ROOT"); r != "" {
		return filepath.Abs(r)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && isDiplographMod(b) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the diplograph repository (go.mod of module diplograph) above the working directory; set DIPLOGRAPH_ROOT or run from the repository")
		}
		dir = parent
	}
}

func isDiplographMod(b []byte) bool {
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" && f[1] == "diplograph" {
			return true
		}
	}
	return false
}

// Start starts the local Neo4j described by opts and waits until Bolt
// answers. It is harmless when the instance already runs: it then returns its
// state with Started false. Something else answering Bolt on the port is
// reported as running (not managed) and left alone.
func Start(ctx context.Context, opts Options) (State, error) {
	o, err := opts.resolve()
	if err != nil {
		return State{}, err
	}
	st := o.state()
	// Serialise concurrent starts of the same instance (e.g. parallel test
	// packages): the second one finds the first one's pid file.
	if err := os.MkdirAll(filepath.Dir(o.PidFile), 0o755); err != nil {
		return st, err
	}
	unlock, err := LockFile(o.PidFile+".lock", true)
	if err != nil {
		return st, err
	}
	defer unlock()
	if pid, port, ok := readPidFile(o.PidFile); ok {
		if alive(pid) {
			st.Managed, st.PID = true, pid
			if port != 0 && port != o.Port {
				st.Port, st.URI = port, fmt.Sprintf("bolt://127.0.0.1:%d", port)
			}
			o.Logger.Info("local Neo4j already started; waiting for Bolt", "pid", pid, "uri", st.URI)
			if err := waitBolt(ctx, st.URI, o.StartTimeout, func() bool { return alive(pid) }); err != nil {
				return st, fmt.Errorf("local Neo4j (pid %d) does not answer on %s: %w (log: %s)", pid, st.URI, err, o.LogFile)
			}
			st.Running = true
			return st, nil
		}
		_ = os.Remove(o.PidFile) // stale
	}
	if Ping(ctx, st.URI, "", "") == nil {
		st.Running = true
		o.Logger.Info("Neo4j already answers; using it", "uri", st.URI)
		return st, nil
	}
	if err := Build(ctx, o); err != nil {
		return st, err
	}
	if err := os.MkdirAll(o.DataDir, 0o755); err != nil {
		return st, err
	}
	if err := os.MkdirAll(filepath.Dir(o.LogFile), 0o755); err != nil {
		return st, err
	}
	logf, err := os.OpenFile(o.LogFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return st, err
	}
	defer logf.Close()
	offset, _ := logf.Seek(0, io.SeekEnd)

	cmd := exec.Command(javaBin(), javaArgs(o)...)
	cmd.Dir = o.LauncherDir
	cmd.Stdin = nil // /dev/null
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return st, fmt.Errorf("starting java: %w", err)
	}
	pid := cmd.Process.Pid
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }() // reaps the JVM if it dies while we live
	// the child is ours: Wait says when it exits. (alive reads
	// /proc/pid/cmdline, which can be empty for an instant while the java
	// launcher execs, and reported a healthy start as "the JVM exited".)
	running := func() bool {
		select {
		case <-exited:
			return false
		default:
			return true
		}
	}
	if err := os.WriteFile(o.PidFile, []byte(fmt.Sprintf("%d %d\n", pid, o.Port)), 0o644); err != nil {
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		return st, err
	}
	st.Managed, st.PID, st.Started = true, pid, true
	o.Logger.Info("starting local Neo4j", "pid", pid, "uri", st.URI, "data", o.DataDir, "log", o.LogFile)

	fail := func(err error) (State, error) {
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		waitExit(pid, exited, 10*time.Second)
		_ = os.Remove(o.PidFile)
		st.Managed, st.PID = false, 0
		return st, fmt.Errorf("local Neo4j did not start: %w\n%s", err, tail(o.LogFile, offset, 20))
	}
	deadline := time.Now().Add(o.StartTimeout)
	if err := waitReadyLine(ctx, o.LogFile, offset, deadline, running); err != nil {
		return fail(err)
	}
	if err := waitBolt(ctx, st.URI, time.Until(deadline), running); err != nil {
		return fail(err)
	}
	st.Running = true
	o.Logger.Info("local Neo4j ready", "uri", st.URI, "pid", pid, "elapsed", time.Since(t0).Round(time.Millisecond))
	return st, nil
}

// javaBin returns $JAVA_HOME/bin/java when JAVA_HOME is set, else "java".
func javaBin() string {
	if h := os.Getenv("JAVA_HOME"); h != "" {
		if p := filepath.Join(h, "bin", "java"); fileExists(p) {
			return p
		}
	}
	return "java"
}

func javaArgs(o Options) []string {
	return []string{
		"-Xmx" + o.Heap,
		"-XX:+UseG1GC",
		"-XX:-OmitStackTraceInFastThrow",
		"-XX:+DisableExplicitGC",
		"-Djdk.nio.maxCachedBufferSize=1024",
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
		"-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"-cp", filepath.Join(o.LauncherDir, "target", "classes") + string(os.PathListSeparator) +
			filepath.Join(o.LauncherDir, "target", "dependency", "*"),
		launcherClass,
		"--port", strconv.Itoa(o.Port),
		"--data", o.DataDir,
		"--log", o.LogFile,
		"--pagecache", o.PageCache,
	}
}

// Build compiles the launcher and copies its dependencies
// (mvn -q -B package dependency:copy-dependencies) unless target/ is newer
// than pom.xml and the Java sources. Concurrent builds are serialised with a
// lock on pom.xml.
func Build(ctx context.Context, opts Options) error {
	o, err := opts.resolve()
	if err != nil {
		return err
	}
	pom := filepath.Join(o.LauncherDir, "pom.xml")
	lock, err := os.Open(pom)
	if err != nil {
		return fmt.Errorf("launcher: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("locking %s: %w", pom, err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if UpToDate(o.LauncherDir) {
		return nil
	}
	o.Logger.Info("building the Neo4j launcher with Maven (first time: downloads ~120 MB into ~/.m2)", "dir", o.LauncherDir)
	t0 := time.Now()
	cmd := exec.CommandContext(ctx, "mvn", "-q", "-B", "package", "dependency:copy-dependencies")
	cmd.Dir = o.LauncherDir
	out := &stripANSI{w: o.BuildOutput}
	cmd.Stdout = out
	cmd.Stderr = out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the Neo4j launcher (mvn in %s): %w", o.LauncherDir, err)
	}
	stamp := filepath.Join(o.LauncherDir, "target", ".built")
	if err := os.WriteFile(stamp, []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644); err != nil {
		return err
	}
	o.Logger.Info("launcher built", "elapsed", time.Since(t0).Round(time.Millisecond))
	return nil
}

// UpToDate reports whether the launcher in dir is built (target/.built stamp
// written after a successful build) and newer than pom.xml and every file
// under src/.
func UpToDate(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, "target", ".built"))
	if err != nil {
		return false
	}
	built := st.ModTime()
	if !fileExists(filepath.Join(dir, "target", "classes", "diplograph", "neo4j", "Launcher.class")) {
		return false
	}
	deps, _ := filepath.Glob(filepath.Join(dir, "target", "dependency", "neo4j-bolt-*.jar"))
	if len(deps) == 0 {
		return false
	}
	newer := false
	check := func(p string) {
		if fi, err := os.Stat(p); err == nil && fi.ModTime().After(built) {
			newer = true
		}
	}
	check(filepath.Join(dir, "pom.xml"))
	_ = filepath.WalkDir(filepath.Join(dir, "src"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			check(p)
		}
		return nil
	})
	return !newer
}

// stripANSI drops the colour escape sequences Maven prints even in batch mode.
type stripANSI struct{ w io.Writer }

func (s *stripANSI) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); i++ {
		if p[i] == 0x1b && i+1 < len(p) && p[i+1] == '[' {
			j := i + 2
			for j < len(p) && (p[j] >= '0' && p[j] <= '9' || p[j] == ';') {
				j++
			}
			if j < len(p) && p[j] == 'm' {
				i = j
				continue
			}
		}
		out = append(out, p[i])
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// LockFile takes an flock on path (created if needed): exclusive or shared.
// It blocks until the lock is granted and returns the function releasing it.
func LockFile(path string, exclusive bool) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		_ = f.Close()
	}, nil
}

// Stop shuts the local instance down: SIGTERM to its process group, then
// SIGKILL when it has not exited after StopTimeout. It removes the pid file.
// Stopping an instance that is not running is not an error; the returned
// State says what was found.
func Stop(ctx context.Context, opts Options) (State, error) {
	o, err := opts.resolve()
	if err != nil {
		return State{}, err
	}
	st := o.state()
	if _, err := os.Stat(o.PidFile); err != nil {
		return st, nil
	}
	unlock, err := LockFile(o.PidFile+".lock", true)
	if err != nil {
		return st, err
	}
	defer unlock()
	pid, port, ok := readPidFile(o.PidFile)
	if !ok {
		return st, nil
	}
	if port != 0 {
		st.Port, st.URI = port, fmt.Sprintf("bolt://127.0.0.1:%d", port)
	}
	if !alive(pid) {
		_ = os.Remove(o.PidFile)
		return st, nil
	}
	st.Managed, st.PID = true, pid
	o.Logger.Info("stopping local Neo4j", "pid", pid, "uri", st.URI)
	_ = syscall.Kill(-pid, syscall.SIGTERM)
	_ = syscall.Kill(pid, syscall.SIGTERM)
	deadline := time.Now().Add(o.StopTimeout)
	for alive(pid) && time.Now().Before(deadline) && ctx.Err() == nil {
		time.Sleep(100 * time.Millisecond)
	}
	if alive(pid) {
		o.Logger.Warn("local Neo4j did not stop in time; killing it", "pid", pid)
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		_ = syscall.Kill(pid, syscall.SIGKILL)
		waitExit(pid, nil, 10*time.Second)
	}
	if alive(pid) {
		return st, fmt.Errorf("local Neo4j (pid %d) is still alive", pid)
	}
	_ = os.Remove(o.PidFile)
	st.Managed, st.PID = false, 0
	return st, ctx.Err()
}

// Status reports whether the local instance runs (pid file and Bolt).
func Status(ctx context.Context, opts Options) (State, error) {
	o, err := opts.resolve()
	if err != nil {
		return State{}, err
	}
	st := o.state()
	if pid, port, ok := readPidFile(o.PidFile); ok && alive(pid) {
		st.Managed, st.PID = true, pid
		if port != 0 {
			st.Port, st.URI = port, fmt.Sprintf("bolt://127.0.0.1:%d", port)
		}
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	st.Running = Ping(pctx, st.URI, "", "") == nil
	return st, nil
}

// readPidFile returns the pid and port recorded in path.
func readPidFile(path string) (pid, port int, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, 0, false
	}
	pid, err = strconv.Atoi(f[0])
	if err != nil || pid <= 0 {
		return 0, 0, false
	}
	if len(f) > 1 {
		port, _ = strconv.Atoi(f[1])
	}
	return pid, port, true
}

// alive reports whether pid is a live (non-zombie) launcher process.
func alive(pid int) bool {
	if pid <= 0 || syscall.Kill(pid, 0) != nil {
		return false
	}
	if stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		// state is the field after the parenthesised command name
		if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) {
			if s := stat[i+2]; s == 'Z' || s == 'X' {
				return false
			}
		}
	}
	if cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil {
		return bytes.Contains(cmdline, []byte(launcherClass))
	}
	return true // no /proc: trust kill(0)
}

// waitExit waits until pid has exited (or exited is closed) or d elapses.
func waitExit(pid int, exited <-chan struct{}, d time.Duration) {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if exited != nil {
			select {
			case <-exited:
				return
			default:
			}
		}
		if !alive(pid) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitReadyLine waits for the launcher's readiness line in the log file,
// reading from offset.
func waitReadyLine(ctx context.Context, logFile string, offset int64, deadline time.Time, running func() bool) error {
	for {
		if b, err := readFrom(logFile, offset); err == nil && bytes.Contains(b, []byte(ReadyLine)) {
			return nil
		}
		if !running() {
			// one more look: the line may have been written just before exit
			if b, err := readFrom(logFile, offset); err == nil && bytes.Contains(b, []byte(ReadyLine)) {
				return errors.New("the JVM exited right after becoming ready")
			}
			return errors.New("the JVM exited")
		}
		if time.Now().After(deadline) {
			return errors.New("timed out waiting for the readiness line")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// waitBolt retries VerifyConnectivity on uri until it succeeds, running()
// turns false, or d elapses.
func waitBolt(ctx context.Context, uri string, d time.Duration, running func() bool) error {
	deadline := time.Now().Add(d)
	var last error
	for {
		pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		last = Ping(pctx, uri, "", "")
		cancel()
		if last == nil {
			return nil
		}
		if running != nil && !running() {
			return fmt.Errorf("the JVM exited: %w", last)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out: %w", last)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func readFrom(path string, offset int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(f, 16<<20))
}

// tail returns the last n lines of path written after offset, indented.
func tail(path string, offset int64, n int) string {
	b, err := readFrom(path, offset)
	if err != nil {
		return ""
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, "    "+sc.Text())
		if len(lines) > n {
			lines = lines[1:]
		}
	}
	return fmt.Sprintf("last lines of %s:\n%s", path, strings.Join(lines, "\n"))
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// Ping opens a driver on uri (basic auth when user is set, no auth
// otherwise), verifies connectivity and closes it.
func Ping(ctx context.Context, uri, user, password string) error {
	d, err := NewDriver(uri, user, password)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	return d.VerifyConnectivity(ctx)
}

// NewDriver opens a Neo4j driver on uri, whatever its scheme (bolt://,
// neo4j://, neo4j+s://…): basic auth when user is non-empty, no auth
// otherwise.
func NewDriver(uri, user, password string) (driver.DriverWithContext, error) {
	auth := driver.NoAuth()
	if user != "" {
		auth = driver.BasicAuth(user, password, "")
	}
	return driver.NewDriverWithContext(uri, auth)
}
