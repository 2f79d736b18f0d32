import { render } from 'preact';
import course from 'virtual:wachsam/course';
import { App } from './components/App.tsx';
import './styles.css';

render(<App course={course} />, document.getElementById('app')!);
